using System.Text;
using AwesomeAssertions;
using Vigil.Core.Identifiers;
using Vigil.Server.Application.Sharing;
using Vigil.Server.Taxii;
using Vigil.Sharing.Stix;
using Vigil.Sharing.Stix.Objects;
using Vigil.Sharing.Stix.Serialization;
using Vigil.Sharing.Stix.Markings;
using Vigil.Sharing.Tests.Support;
using Vigil.Storage;
using Vigil.TestSupport;

namespace Vigil.Sharing.Tests.Persistence;

/// <summary>The sharing tables come from the EF migrations and behave the same on SQLite and PostgreSQL.</summary>
public sealed class SharingStorageTests
{
    private const string Collection = TaxiiTestServer.Collection;

    private static TaxiiStore Store(VigilDatabase db) => new(db, new TaxiiOptions
    {
        Organization = "org-a",
        Collections = [new TaxiiCollectionOptions { Id = Collection, Title = "indicators" }],
    });

    private static List<StixReadResult> Parse(IEnumerable<string> objects) =>
        new StixBundleReader().ReadAll(Encoding.UTF8.GetBytes($"{{\"objects\":[{string.Join(',', objects)}]}}"));

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Taxii_store_pages_by_keyset_without_gaps_or_repeats(StorageProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await TestDatabase.CreateAsync(provider);
        var store = Store(test.Database);
        var added = await store.AddAsync(Collection, Parse(Enumerable.Range(0, 2500).Select(n => TaxiiTestServer.Indicator(n))), ct);
        added.Successes.Should().HaveCount(2500);
        // A later version of object 7 and a repeat of object 8 (already present).
        await store.AddAsync(Collection, Parse([TaxiiTestServer.Indicator(7, modified: "2026-02-01T00:00:00.000Z"), TaxiiTestServer.Indicator(8)]), ct);

        var seen = new List<string>();
        long? next = null;
        var pages = 0;
        while (true)
        {
            var rows = await store.QueryAsync(Collection, null, new TaxiiQuery { Limit = 1000, NextUs = next }, ct);
            var more = rows.Count > 1000;
            seen.AddRange(rows.Take(1000).Select(r => r.StixId));
            pages++;
            if (!more)
            {
                break;
            }
            next = rows[999].DateAddedUs;
        }
        pages.Should().Be(3);
        seen.Should().HaveCount(2500).And.OnlyHaveUniqueItems();
        seen[^1].Should().Be("indicator--" + TaxiiTestServer.Guid(7), "the latest version of object 7 was added last");

        var id = "indicator--" + TaxiiTestServer.Guid(7);
        (await store.QueryAsync(Collection, id, new TaxiiQuery { VersionAll = true }, ct)).Should().HaveCount(2);
        (await store.QueryAsync(Collection, id, new TaxiiQuery { VersionFirst = true, VersionLast = false }, ct)).Single().Version.Should().StartWith("2026-01-01");
        (await store.QueryAsync(Collection, id, new TaxiiQuery(), ct)).Single().Version.Should().StartWith("2026-02-01");
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Sightings_and_marks_are_stored_per_organization(StorageProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var test = await TestDatabase.CreateAsync(provider);
        var orgA = (await test.Database.EnsureOrganizationAsync("org-a", cancellationToken: ct)).Id;
        var orgB = (await test.Database.EnsureOrganizationAsync("org-b", cancellationToken: ct)).Id;
        var sightings = new SightingService(test.Database);
        var t1 = StixTimestamp.Parse("2026-03-01T00:00:00.000Z");
        var t2 = StixTimestamp.Parse("2026-03-02T00:00:00.000Z");
        Sighting S(string observer, int count, StixTimestamp modified) => new()
        {
            SpecVersion = "2.1", Id = "sighting--" + StixIds.UuidV5(Guid.Empty, observer).ToString("D"), Created = t1, Modified = modified,
            CreatedByRef = observer, SightingOfRef = "indicator--" + TaxiiTestServer.Guid(1), Count = count,
        };
        (await sightings.RecordAsync(orgA, [S("identity--b", 2, t1), S("identity--c", 1, t1)], "partner", ct)).Should().Be(2);
        (await sightings.RecordAsync(orgA, [S("identity--b", 5, t2)], "partner", ct)).Should().Be(1, "a newer version replaces the count");
        (await sightings.RecordAsync(orgA, [S("identity--b", 9, t1)], "partner", ct)).Should().Be(0, "an older version changes nothing");

        var summary = (await sightings.SummaryAsync(orgA, ct)).Should().ContainSingle().Subject;
        summary.Organizations.Should().Be(2);
        summary.Times.Should().Be(6);
        summary.Published.Should().BeFalse();
        (await sightings.SummaryAsync(orgB, ct)).Should().BeEmpty("another organization's sightings are not visible");

        var sharing = new SharingService(test.Database);
        await sharing.MarkAsync(orgA, IdentifierKind.Phone, "+1 415 555 0100", include: true, exclude: false, allowRaw: false, TlpLevel.Green, ct);
        await sharing.MarkAsync(orgA, IdentifierKind.Phone, "+14155550100", include: false, exclude: true, allowRaw: false, TlpLevel.Green, ct);
        (await sharing.CandidatesAsync(orgA, ct)).Should().ContainSingle().Which.ExplicitlyExcluded.Should().BeTrue();
        (await sharing.CandidatesAsync(orgB, ct)).Should().BeEmpty();
    }
}
