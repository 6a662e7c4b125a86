using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Core.Model;

namespace Vigil.Storage.Configurations;

internal sealed class SubjectIdentifierConfiguration : IEntityTypeConfiguration<SubjectIdentifier>
{
    public void Configure(EntityTypeBuilder<SubjectIdentifier> b)
    {
        b.ToTable("subject_identifiers");
        b.HasKey(e => e.Id);
        b.Property(e => e.Value).HasMaxLength(1000);
        b.Property(e => e.Raw).HasMaxLength(1000);
        b.Property(e => e.Detail).HasMaxLength(200);
        // Linking looks up "who else has this identifier" within an organization.
        b.HasIndex(e => new { e.OrgId, e.Kind, e.Value });
    }
}
