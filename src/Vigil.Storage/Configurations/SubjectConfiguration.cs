using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vigil.Core.Model;

namespace Vigil.Storage.Configurations;

internal sealed class SubjectConfiguration : IEntityTypeConfiguration<Subject>
{
    public void Configure(EntityTypeBuilder<Subject> b)
    {
        b.ToTable("subjects");
        b.HasKey(e => e.Id);
        b.Property(e => e.ExternalId).HasMaxLength(200);
        b.Property(e => e.FullName).HasMaxLength(500);
        b.Property(e => e.ClaimedCountry).HasMaxLength(2);
        b.Property(e => e.ClaimedTimezone).HasMaxLength(64);
        b.Property(e => e.Position).HasMaxLength(300);
        b.Property(e => e.ContentHash).HasMaxLength(64);
        b.Property(e => e.GitHub).HasConversion(
            v => v == null ? null : JsonSerializer.Serialize(v, StorageJson.Default.GitHubFacts),
            v => v == null ? null : JsonSerializer.Deserialize(v, StorageJson.Default.GitHubFacts),
            new ValueComparer<GitHubFacts?>((a, c) => Equals(a, c), v => v == null ? 0 : v.GetHashCode()));
        b.HasIndex(e => new { e.OrgId, e.ExternalId }).IsUnique();
        b.HasIndex(e => new { e.OrgId, e.FullName });
        b.HasMany(e => e.Identifiers).WithOne().HasForeignKey(i => i.SubjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(e => e.Documents).WithOne().HasForeignKey(d => d.SubjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organization>().WithMany().HasForeignKey(e => e.OrgId).OnDelete(DeleteBehavior.Cascade);
    }
}
