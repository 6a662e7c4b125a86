using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vigil.Storage.Lists;

internal sealed class ListEntryRecordConfiguration : IEntityTypeConfiguration<ListEntryRecord>
{
    public void Configure(EntityTypeBuilder<ListEntryRecord> b)
    {
        b.ToTable("list_entries");
        b.HasKey(e => e.Id);
        b.Property(e => e.EntryId).HasMaxLength(200);
        b.Property(e => e.Source).HasMaxLength(32);
        b.Property(e => e.ContentHash).HasMaxLength(64);
        b.HasIndex(e => new { e.VersionId, e.EntryId }).IsUnique();
        b.HasOne<ListVersionRecord>().WithMany().HasForeignKey(e => e.VersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
