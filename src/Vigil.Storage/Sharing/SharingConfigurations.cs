using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vigil.Storage.Sharing;

// The sharing tables are part of the EF model and its migrations (scripts/regen-migrations.sh); column names are
// snake_case as the tables were first created by hand, so existing queries and docs keep their names.

internal sealed class TaxiiCollectionRecordConfiguration : IEntityTypeConfiguration<TaxiiCollectionRecord>
{
    public void Configure(EntityTypeBuilder<TaxiiCollectionRecord> b)
    {
        b.ToTable("taxii_collections");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).HasColumnName("id");
        b.Property(e => e.OrgId).HasColumnName("org_id");
        b.Property(e => e.Title).HasColumnName("title");
        b.Property(e => e.Description).HasColumnName("description");
        b.Property(e => e.Alias).HasColumnName("alias");
        b.Property(e => e.CreatedAtUs).HasColumnName("created_at_us");
        b.HasIndex(e => e.OrgId).HasDatabaseName("ix_taxii_collections_org");
    }
}

internal sealed class TaxiiObjectRecordConfiguration : IEntityTypeConfiguration<TaxiiObjectRecord>
{
    public void Configure(EntityTypeBuilder<TaxiiObjectRecord> b)
    {
        b.ToTable("taxii_objects");
        b.HasKey(e => e.Seq);
        b.Property(e => e.Seq).HasColumnName("seq").ValueGeneratedOnAdd();
        b.Property(e => e.CollectionId).HasColumnName("collection_id");
        b.Property(e => e.StixId).HasColumnName("stix_id");
        b.Property(e => e.Type).HasColumnName("type");
        b.Property(e => e.SpecVersion).HasColumnName("spec_version");
        b.Property(e => e.Version).HasColumnName("version");
        b.Property(e => e.VersionUs).HasColumnName("version_us");
        b.Property(e => e.DateAddedUs).HasColumnName("date_added_us");
        b.Property(e => e.IsLatest).HasColumnName("is_latest");
        b.Property(e => e.IsFirst).HasColumnName("is_first");
        b.Property(e => e.Json).HasColumnName("json");
        b.HasIndex(e => new { e.CollectionId, e.StixId, e.VersionUs }).IsUnique().HasDatabaseName("ux_taxii_objects_version");
        // Keyset paging (next / added_after) walks this index: date_added is unique per collection.
        b.HasIndex(e => new { e.CollectionId, e.DateAddedUs }).IsUnique().HasDatabaseName("ux_taxii_objects_added");
        b.HasIndex(e => new { e.CollectionId, e.Type, e.DateAddedUs }).HasDatabaseName("ix_taxii_objects_type");
    }
}

internal sealed class TaxiiStatusRecordConfiguration : IEntityTypeConfiguration<TaxiiStatusRecord>
{
    public void Configure(EntityTypeBuilder<TaxiiStatusRecord> b)
    {
        b.ToTable("taxii_statuses");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).HasColumnName("id");
        b.Property(e => e.CollectionId).HasColumnName("collection_id");
        b.Property(e => e.Status).HasColumnName("status");
        b.Property(e => e.RequestTimestampUs).HasColumnName("request_timestamp_us");
        b.Property(e => e.TotalCount).HasColumnName("total_count");
        b.Property(e => e.SuccessCount).HasColumnName("success_count");
        b.Property(e => e.FailureCount).HasColumnName("failure_count");
        b.Property(e => e.PendingCount).HasColumnName("pending_count");
        b.Property(e => e.DetailsJson).HasColumnName("details_json");
        b.HasIndex(e => e.CollectionId).HasDatabaseName("ix_taxii_statuses_collection");
    }
}

internal sealed class SharingMarkRecordConfiguration : IEntityTypeConfiguration<SharingMarkRecord>
{
    public void Configure(EntityTypeBuilder<SharingMarkRecord> b)
    {
        b.ToTable("sharing_marks");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).HasColumnName("id").ValueGeneratedOnAdd();
        b.Property(e => e.OrgId).HasColumnName("org_id");
        b.Property(e => e.Kind).HasColumnName("kind");
        b.Property(e => e.Value).HasColumnName("value");
        b.Property(e => e.Include).HasColumnName("include");
        b.Property(e => e.Exclude).HasColumnName("exclude");
        b.Property(e => e.AllowRaw).HasColumnName("allow_raw");
        b.Property(e => e.Tlp).HasColumnName("tlp");
        b.Property(e => e.UpdatedAtUs).HasColumnName("updated_at_us");
        b.HasIndex(e => new { e.OrgId, e.Kind, e.Value }).IsUnique().HasDatabaseName("ux_sharing_marks");
    }
}
