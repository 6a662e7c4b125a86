using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vigil.Storage.Lists;

internal sealed class SanctionsSuppressionConfiguration : IEntityTypeConfiguration<SanctionsSuppression>
{
    public void Configure(EntityTypeBuilder<SanctionsSuppression> b)
    {
        b.ToTable("sanctions_suppressions");
        b.HasKey(e => e.Id);
        b.Property(e => e.EntryId).HasMaxLength(200);
        b.Property(e => e.EntryHash).HasMaxLength(64);
        b.Property(e => e.Reason).HasMaxLength(2000);
        b.Property(e => e.Analyst).HasMaxLength(200);
        // One decision per pair; a new decision replaces the old one (e.g. after the entry changed).
        b.HasIndex(e => new { e.OrgId, e.SubjectId, e.EntryId }).IsUnique();
    }
}
