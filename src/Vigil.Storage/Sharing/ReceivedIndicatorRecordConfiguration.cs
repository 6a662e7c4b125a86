using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vigil.Storage.Sharing;

internal sealed class ReceivedIndicatorRecordConfiguration : IEntityTypeConfiguration<ReceivedIndicatorRecord>
{
    public void Configure(EntityTypeBuilder<ReceivedIndicatorRecord> b)
    {
        b.ToTable("sharing_received_indicators");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).HasColumnName("id").ValueGeneratedOnAdd();
        b.Property(e => e.OrgId).HasColumnName("org_id");
        b.Property(e => e.StixId).HasColumnName("stix_id").HasMaxLength(100);
        b.Property(e => e.Kind).HasColumnName("kind");
        b.Property(e => e.Value).HasColumnName("value").HasMaxLength(1000);
        b.Property(e => e.KeyedHash).HasColumnName("keyed_hash").HasMaxLength(64);
        b.Property(e => e.MatchKey).HasColumnName("match_key").HasMaxLength(1000);
        b.Property(e => e.Source).HasColumnName("source").HasMaxLength(200);
        b.Property(e => e.ReceivedAtUs).HasColumnName("received_at_us");
        b.HasIndex(e => new { e.OrgId, e.StixId, e.Kind, e.MatchKey }).IsUnique().HasDatabaseName("ux_sharing_received_indicators");
    }
}
