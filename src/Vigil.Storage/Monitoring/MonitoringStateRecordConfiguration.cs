using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vigil.Storage.Monitoring;

internal sealed class MonitoringStateRecordConfiguration : IEntityTypeConfiguration<MonitoringStateRecord>
{
    public void Configure(EntityTypeBuilder<MonitoringStateRecord> b)
    {
        b.ToTable("monitoring_state");
        b.HasKey(e => new { e.OrgId, e.Part });
        b.Property(e => e.Part).HasMaxLength(80);
        b.Property(e => e.Fingerprint).HasMaxLength(100);
    }
}
