using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Core.Model;

namespace Vigil.Storage.Configurations;

internal sealed class ActivityEventConfiguration : IEntityTypeConfiguration<ActivityEvent>
{
    public void Configure(EntityTypeBuilder<ActivityEvent> b)
    {
        b.ToTable("events");
        b.HasKey(e => e.Id);
        b.Property(e => e.Source).HasMaxLength(40);
        b.Property(e => e.SourceEventId).HasMaxLength(200);
        b.Property(e => e.Actor).HasMaxLength(320);
        b.Property(e => e.Ip).HasMaxLength(64);
        b.Property(e => e.DeviceId).HasMaxLength(200);
        b.Property(e => e.UserAgent).HasMaxLength(1000);
        // Ingest is idempotent on the source's own event id.
        b.HasIndex(e => new { e.OrgId, e.Source, e.SourceEventId }).IsUnique();
        b.HasIndex(e => new { e.OrgId, e.SubjectId, e.At });
        b.HasIndex(e => new { e.OrgId, e.Ip });
    }
}
