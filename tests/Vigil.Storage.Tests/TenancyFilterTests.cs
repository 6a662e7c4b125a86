using AwesomeAssertions;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Cases;
using Vigil.Core.Model;
using Vigil.Core.Scoring;
using Vigil.Storage;
using Vigil.TestSupport;

namespace Vigil.Storage.Tests;

/// <summary>The organization filter: scoped contexts see their organization only, through a filter the database can
/// seek an index with; unscoped (admin) contexts see everything.</summary>
public class TenancyFilterTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Scoped_context_sees_its_organization_only_and_unscoped_sees_all(StorageProvider provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var a = await t.Database.EnsureOrganizationAsync("org-a");
        var b = await t.Database.EnsureOrganizationAsync("org-b");
        await SeedAlertAsync(t.Database, a.Id, "Ann");
        await SeedAlertAsync(t.Database, b.Id, "Bo");

        await using (var scoped = t.Database.CreateContext(a.Id))
        {
            (await scoped.Alerts.Select(x => x.OrgId).ToListAsync()).Should().Equal(a.Id);
            (await scoped.Subjects.Select(x => x.FullName).ToListAsync()).Should().Equal("Ann");
        }
        await using (var scoped = t.Database.CreateContext(b.Id))
        {
            (await scoped.Subjects.Select(x => x.FullName).ToListAsync()).Should().Equal("Bo");
        }
        await using var admin = t.Database.CreateContext();
        (await admin.Subjects.CountAsync()).Should().Be(2);
        (await admin.Alerts.CountAsync()).Should().Be(2);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Scoped_query_filters_by_a_plain_organization_equality(StorageProvider provider)
    {
        await using var t = await TestDatabase.CreateAsync(provider);
        var org = await t.Database.EnsureOrganizationAsync("org-a");
        await using var db = t.Database.CreateContext(org.Id);

        var sql = db.Alerts.OrderByDescending(x => x.Score).Take(5).ToQueryString();

        // "@org IS NULL OR OrgId = @org" (or a boolean parameter in its place) keeps the database from seeking the
        // (org_id, ...) indexes; the scoped filter must be the equality alone.
        sql.Should().MatchRegex("\"OrgId\" = [@$:]");
        sql.Should().NotContain(" OR ");
        sql.Should().NotContain("IS NULL");
    }

    [Fact]
    public async Task ScopeTo_after_the_context_was_used_unscoped_is_refused()
    {
        await using var t = await TestDatabase.CreateAsync(StorageProvider.Sqlite);
        var org = await t.Database.EnsureOrganizationAsync("org-a");
        await using var db = t.Database.CreateContext();
        await db.Subjects.CountAsync();

        var act = () => db.ScopeTo(org.Id);

        act.Should().Throw<InvalidOperationException>();
    }

    private static async Task SeedAlertAsync(VigilDatabase database, Guid orgId, string name)
    {
        var now = DateTimeOffset.UtcNow;
        await using var db = database.CreateContext(orgId);
        var subject = new Subject { Id = Guid.NewGuid(), OrgId = orgId, ExternalId = name, FullName = name, CreatedAt = now, UpdatedAt = now };
        db.Subjects.Add(subject);
        db.Alerts.Add(new Alert { Id = Guid.NewGuid(), OrgId = orgId, SubjectId = subject.Id, Score = 80, Level = RiskLevel.High, CreatedAt = now, UpdatedAt = now });
        await db.SaveChangesAsync();
    }
}
