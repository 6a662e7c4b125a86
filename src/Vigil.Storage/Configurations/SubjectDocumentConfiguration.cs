using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Core.Model;

namespace Vigil.Storage.Configurations;

internal sealed class SubjectDocumentConfiguration : IEntityTypeConfiguration<SubjectDocument>
{
    public void Configure(EntityTypeBuilder<SubjectDocument> b)
    {
        b.ToTable("subject_documents");
        b.HasKey(e => e.Id);
        b.Property(e => e.ContentHash).HasMaxLength(64);
        b.HasIndex(e => new { e.OrgId, e.ContentHash });
    }
}
