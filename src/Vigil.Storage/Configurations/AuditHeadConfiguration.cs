using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Storage.Auth;

namespace Vigil.Storage.Configurations;

internal sealed class AuditHeadConfiguration : IEntityTypeConfiguration<AuditHead>
{
    public void Configure(EntityTypeBuilder<AuditHead> b)
    {
        b.ToTable("audit_head");
        // One row per organization: two first appends racing to create it cannot both win.
        b.HasKey(e => e.OrgId);
        b.Property(e => e.Hash).HasMaxLength(64);
    }
}
