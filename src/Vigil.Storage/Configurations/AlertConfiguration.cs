using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Core.Cases;

namespace Vigil.Storage.Configurations;

internal sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> b)
    {
        b.ToTable("alerts");
        b.HasKey(e => e.Id);
        b.Property(e => e.TopReason).HasMaxLength(1000);
        b.Property(e => e.IndicatorIds).HasMaxLength(1000);
        b.Property(e => e.DetectorIds).HasMaxLength(1000);
        b.Property(e => e.ClusterId).HasMaxLength(64);
        b.Property(e => e.Assignee).HasMaxLength(200);
        // One alert per subject: re-screening updates it.
        b.HasIndex(e => new { e.OrgId, e.SubjectId }).IsUnique();
        b.HasIndex(e => new { e.OrgId, e.Status, e.Score });
        b.HasIndex(e => new { e.OrgId, e.Level, e.Score });
        // The unfiltered queue pages by (score, id) with a cursor: an index in that order makes each page a short
        // range read instead of a sort of the whole organization's alerts. No (OrgId, CreatedAt) index on purpose:
        // SQLite would pick it for the queue's "created before the first page" bound and sort every row per page.
        b.HasIndex(e => new { e.OrgId, e.Score, e.Id });
    }
}
