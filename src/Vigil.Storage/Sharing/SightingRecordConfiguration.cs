using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vigil.Storage.Sharing;

internal sealed class SightingRecordConfiguration : IEntityTypeConfiguration<SightingRecord>
{
    public void Configure(EntityTypeBuilder<SightingRecord> b)
    {
        b.ToTable("sharing_sightings");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).HasColumnName("id").ValueGeneratedOnAdd();
        b.Property(e => e.OrgId).HasColumnName("org_id");
        b.Property(e => e.StixId).HasColumnName("stix_id").HasMaxLength(100);
        b.Property(e => e.SightingOfRef).HasColumnName("sighting_of_ref").HasMaxLength(300);
        b.Property(e => e.Observer).HasColumnName("observer").HasMaxLength(300);
        b.Property(e => e.Reporter).HasColumnName("reporter").HasMaxLength(300);
        b.Property(e => e.Count).HasColumnName("count");
        b.Property(e => e.ModifiedUs).HasColumnName("modified_us");
        b.Property(e => e.ReceivedAtUs).HasColumnName("received_at_us");
        b.HasIndex(e => new { e.OrgId, e.StixId }).IsUnique().HasDatabaseName("ux_sharing_sightings");
        b.HasIndex(e => new { e.OrgId, e.SightingOfRef }).HasDatabaseName("ix_sharing_sightings_of");
    }
}
