using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Core.Cases;

namespace Vigil.Storage.Configurations;

internal sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> b)
    {
        b.ToTable("case_notes");
        b.HasKey(e => e.Id);
        b.Property(e => e.Author).HasMaxLength(200);
        b.Property(e => e.EvidenceRef).HasMaxLength(1000);
    }
}
