using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Core.Cases;

namespace Vigil.Storage.Configurations;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> b)
    {
        b.ToTable("cases");
        b.HasKey(e => e.Id);
        b.Property(e => e.Title).HasMaxLength(500);
        b.Property(e => e.Assignee).HasMaxLength(200);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.HasMany(e => e.Notes).WithOne().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => new { e.OrgId, e.Status });
    }
}
