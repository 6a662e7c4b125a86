using AwesomeAssertions;
using Vigil.Core.Cases;
using Vigil.Core.Identifiers;
using Vigil.Core.Model;
using Vigil.Server.Application.Sharing;
using Vigil.Sharing.Export;
using Vigil.Sharing.KeyedHashing;
using Vigil.Sharing.Policy;
using Vigil.Sharing.Taxii;
using Vigil.Sharing.Tests.Support;
using Vigil.Storage;
using Vigil.TestSupport;

namespace Vigil.Sharing.Tests.EndToEnd;

/// <summary>
/// Sightings flow back to the publisher: A publishes a hashed phone over its TAXII server; B (its own server and
/// database) and C pull it, find their own subjects holding the phone, and push sightings to A's sightings
/// collection. A then sees "seen by 2 organizations, 3 times" for its indicator, and nothing that travelled back
/// carries the number or who the subjects are.
/// </summary>
public sealed class SightingsFlowBackTests : IDisposable
{
    private const string Phone = "+14155550100";
    private readonly TaxiiTestServer _a = new("org-a");
    private readonly TaxiiTestServer _b = new("org-b");
    private readonly TempDirectory _c = new();
    private readonly CommunityKeyring _community = new([CommunityKey.Generate("community-2026")]);

    public void Dispose()
    {
        _a.Dispose();
        _b.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _c.Dispose();
    }

    private Uri ADiscovery => new(_a.Factory.Server.BaseAddress, "/taxii2/");

    [Fact]
    public async Task Matches_at_two_partners_come_back_to_A_as_counts_per_indicator()
    {
        var ct = TestContext.Current.CancellationToken;
        var dbA = new VigilDatabase(StorageOptions.ForSqlite(_a.DatabasePath));
        var dbB = new VigilDatabase(StorageOptions.ForSqlite(_b.DatabasePath));
        var dbC = new VigilDatabase(StorageOptions.ForSqlite(_c.File("c.db")));
        var orgA = await SeedAsync(dbA, "org-a", ("A-17", "+1 (415) 555-0100", true), ("A-18", "+14155550111", true));
        var orgB = await SeedAsync(dbB, "org-b", ("B-3", Phone, false), ("B-9", "(415) 555-0100", false), ("B-4", "+14155550199", false));
        var orgC = await SeedAsync(dbC, "org-c", ("C-1", Phone, false));

        await new SharingService(dbA).PushAsync(orgA, _a.Factory.CreateClient(), ADiscovery, TaxiiTestServer.Collection, TaxiiClient.Bearer("rw-token"),
            new SharingPolicy(), new StixExportOptions("org-a", _community), ct);
        foreach (var (db, org) in new[] { (dbB, orgB), (dbC, orgC) })
        {
            var (report, _) = await new SharingService(db).PullAsync(org, _a.Factory.CreateClient(), ADiscovery, TaxiiTestServer.Collection,
                TaxiiClient.Bearer("ro-token"), null, ct);
            report.Added.Should().Be(2);
        }

        // B and C each send one sighting (only the phone their subjects hold) to A's sightings collection.
        var (sentB, statusesB) = await new SightingService(dbB).PushAsync(orgB, "org-b", _community, null, _a.Factory.CreateClient(), ADiscovery,
            TaxiiTestServer.OtherCollection, TaxiiClient.Bearer("rw-token"), ct);
        sentB.Should().Be(1);
        statusesB.Sum(s => s.FailureCount).Should().Be(0);
        var (sentC, _) = await new SightingService(dbC).PushAsync(orgC, "org-c", _community, null, _a.Factory.CreateClient(), ADiscovery,
            TaxiiTestServer.OtherCollection, TaxiiClient.Basic("rw", "pw"), ct);
        sentC.Should().Be(1);

        var summary = await new SightingService(dbA).SummaryAsync(orgA, ct);
        var seen = summary.Should().ContainSingle().Subject;
        seen.Published.Should().BeTrue("the sighted indicator is the one A serves");
        seen.Name.Should().Contain("phone");
        seen.Organizations.Should().Be(2);
        seen.Times.Should().Be(3, "B has two subjects holding the phone, C one");
        seen.Observers.Should().Equal(StixExporter.ProducerIdentityId("org-b"), StixExporter.ProducerIdentityId("org-c"));

        var published = await _a.Client().GetStringAsync($"{TaxiiTestServer.Root}collections/{TaxiiTestServer.Collection}/objects/?match[type]=indicator", ct);
        published.Should().Contain(seen.IndicatorId);
        var travelled = await _a.Client().GetStringAsync($"{TaxiiTestServer.Root}collections/{TaxiiTestServer.OtherCollection}/objects/", ct);
        travelled.Should().Contain("\"sighting_of_ref\":\"" + seen.IndicatorId).And.Contain("\"count\":2")
            .And.NotContain("4155550100").And.NotContain("B-3").And.NotContain("C-1").And.NotContain("observed_data_refs");

        // Re-sending the same sightings is a new version of each, not more sightings: the totals stay.
        await Task.Delay(5, ct);
        await new SightingService(dbB).PushAsync(orgB, "org-b", _community, null, _a.Factory.CreateClient(), ADiscovery,
            TaxiiTestServer.OtherCollection, TaxiiClient.Bearer("rw-token"), ct);
        var again = (await new SightingService(dbA).SummaryAsync(orgA, ct)).Should().ContainSingle().Subject;
        again.Organizations.Should().Be(2);
        again.Times.Should().Be(3);
    }

    [Fact]
    public async Task Sightings_pulled_from_a_partner_collection_are_recorded_for_the_puller()
    {
        var ct = TestContext.Current.CancellationToken;
        var dbA = new VigilDatabase(StorageOptions.ForSqlite(_a.DatabasePath));
        var dbB = new VigilDatabase(StorageOptions.ForSqlite(_b.DatabasePath));
        var orgA = await SeedAsync(dbA, "org-a", ("A-17", Phone, true));
        var orgB = await SeedAsync(dbB, "org-b", ("B-3", Phone, false));
        await new SharingService(dbA).PushAsync(orgA, _a.Factory.CreateClient(), ADiscovery, TaxiiTestServer.Collection, TaxiiClient.Bearer("rw-token"),
            new SharingPolicy(), new StixExportOptions("org-a", _community), ct);
        await new SharingService(dbB).PullAsync(orgB, _a.Factory.CreateClient(), ADiscovery, TaxiiTestServer.Collection, TaxiiClient.Bearer("ro-token"), null, ct);

        // B publishes its sightings in its own collection; A pulls them from B's server.
        var bDiscovery = new Uri(_b.Factory.Server.BaseAddress, "/taxii2/");
        await new SightingService(dbB).PushAsync(orgB, "org-b", _community, "org-a", _b.Factory.CreateClient(), bDiscovery,
            TaxiiTestServer.OtherCollection, TaxiiClient.Bearer("rw-token"), ct);
        var (report, _) = await new SharingService(dbA).PullAsync(orgA, _b.Factory.CreateClient(), bDiscovery, TaxiiTestServer.OtherCollection,
            TaxiiClient.Bearer("rw-token"), null, ct);
        report.Sightings.Should().Be(1);
        report.Added.Should().Be(0, "a sighting is not an indicator");

        var seen = (await new SightingService(dbA).SummaryAsync(orgA, ct)).Should().ContainSingle().Subject;
        seen.Published.Should().BeTrue();
        seen.Organizations.Should().Be(1);
        seen.Times.Should().Be(1);
    }

    [Fact]
    public async Task Without_the_community_key_no_sighting_is_sent()
    {
        var ct = TestContext.Current.CancellationToken;
        var dbA = new VigilDatabase(StorageOptions.ForSqlite(_a.DatabasePath));
        var dbB = new VigilDatabase(StorageOptions.ForSqlite(_b.DatabasePath));
        var orgA = await SeedAsync(dbA, "org-a", ("A-17", Phone, true));
        var orgB = await SeedAsync(dbB, "org-b", ("B-3", Phone, false));
        await new SharingService(dbA).PushAsync(orgA, _a.Factory.CreateClient(), ADiscovery, TaxiiTestServer.Collection, TaxiiClient.Bearer("rw-token"),
            new SharingPolicy(), new StixExportOptions("org-a", _community), ct);
        await new SharingService(dbB).PullAsync(orgB, _a.Factory.CreateClient(), ADiscovery, TaxiiTestServer.Collection, TaxiiClient.Bearer("ro-token"), null, ct);

        (await new SightingService(dbB).OutgoingAsync(orgB, "org-b", new CommunityKeyring([CommunityKey.Generate("other")]), null, ct)).Should().BeEmpty();
        (await new SightingService(dbB).OutgoingAsync(orgB, "org-b", _community, "someone-else", ct)).Should().BeEmpty();
        (await new SightingService(dbB).OutgoingAsync(orgB, "org-b", _community, "org-a", ct)).Should().HaveCount(3, "identity, TLP:AMBER, one sighting");
    }

    private static async Task<Guid> SeedAsync(VigilDatabase database, string orgName, params (string ExternalId, string Phone, bool Confirmed)[] subjects)
    {
        await Storage.Sharing.SharingSchema.EnsureAsync(database);
        var org = await database.EnsureOrganizationAsync(orgName);
        await using var db = database.CreateContext(org.Id);
        foreach (var (externalId, phone, confirmed) in subjects)
        {
            var subject = new Subject { Id = Guid.NewGuid(), OrgId = org.Id, ExternalId = externalId, FullName = "Some Applicant" };
            subject.Identifiers.Add(SubjectIdentifier.From(org.Id, subject.Id, Canonicalizer.Canonicalize(IdentifierKind.Phone, phone, new CanonicalizationContext("US"))));
            db.Subjects.Add(subject);
            if (confirmed)
            {
                var @case = new Case { Id = Guid.NewGuid(), OrgId = org.Id, Title = "Confirmed DPRK IT worker", Disposition = Disposition.Confirmed, Status = CaseStatus.Closed };
                db.Cases.Add(@case);
                db.Alerts.Add(new Alert { Id = Guid.NewGuid(), OrgId = org.Id, SubjectId = subject.Id, CaseId = @case.Id, TopReason = "test" });
            }
        }
        await db.SaveChangesAsync();
        return org.Id;
    }
}
