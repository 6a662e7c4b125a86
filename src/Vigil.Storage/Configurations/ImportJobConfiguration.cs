using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Storage.Jobs;

namespace Vigil.Storage.Configurations;

internal sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> b)
    {
        b.ToTable("import_jobs");
        b.HasKey(e => e.Id);
        b.Property(e => e.SubmittedBy).HasMaxLength(200);
        b.Property(e => e.LeaseOwner).HasMaxLength(200);
        b.HasIndex(e => new { e.Status, e.CreatedAt });
        b.HasIndex(e => new { e.OrgId, e.CreatedAt });
    }
}
