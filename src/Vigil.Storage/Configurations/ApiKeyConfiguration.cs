using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Storage.Auth;

namespace Vigil.Storage.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> b)
    {
        b.ToTable("api_keys");
        b.HasKey(e => e.Id);
        b.Property(e => e.Name).HasMaxLength(200);
        b.Property(e => e.Prefix).HasMaxLength(16);
        b.Property(e => e.Hash).HasMaxLength(64);
        // Every request authenticates by this lookup.
        b.HasIndex(e => e.Hash).IsUnique();
        b.HasIndex(e => e.OrgId);
    }
}
