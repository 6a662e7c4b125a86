using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Vigil.Storage.Lists;

internal sealed class ListVersionRecordConfiguration : IEntityTypeConfiguration<ListVersionRecord>
{
    public void Configure(EntityTypeBuilder<ListVersionRecord> b)
    {
        b.ToTable("list_versions");
        b.HasKey(e => e.Id);
        b.Property(e => e.Label).HasMaxLength(64);
        b.Property(e => e.Sources).HasMaxLength(500);
        b.Property(e => e.ContentHash).HasMaxLength(64);
        b.HasIndex(e => e.LoadedAt);
        b.HasIndex(e => e.IsCurrent);
    }
}
