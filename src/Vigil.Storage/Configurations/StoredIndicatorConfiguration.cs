using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vigil.Storage.Configurations;

internal sealed class StoredIndicatorConfiguration : IEntityTypeConfiguration<StoredIndicator>
{
    public void Configure(EntityTypeBuilder<StoredIndicator> b)
    {
        b.ToTable("indicators");
        b.HasKey(e => e.Id);
        b.Property(e => e.Value).HasMaxLength(1000);
        b.Property(e => e.KeyedHash).HasMaxLength(64);
        b.Property(e => e.Source).HasMaxLength(200);
        b.HasIndex(e => new { e.OrgId, e.Kind, e.Value });
        b.HasIndex(e => new { e.OrgId, e.KeyedHash });
    }
}
