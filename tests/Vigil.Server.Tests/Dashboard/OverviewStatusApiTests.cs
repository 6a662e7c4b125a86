using System.Net.Http.Json;
using System.Text.Json;
using AwesomeAssertions;
using Vigil.Storage;
using Vigil.Storage.Sharing;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Dashboard;

/// <summary><c>GET /api/overview/status</c>: the overview's ingest and sharing panels, per organization.</summary>
public sealed class OverviewStatusApiTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Overview_status_reports_ingest_per_source_and_only_the_callers_sharing(StorageProvider provider)
    {
        var app = await VigilApp.StartAsync(provider, runJobs: false);
        try
        {
            var client = app.As(app.A.Analyst);
            // Before sharing was ever used its tables do not exist: the panel is empty, not an error.
            var before = await client.GetFromJsonAsync<JsonElement>("/api/overview/status");
            before.GetProperty("sharing").GetProperty("collections").GetArrayLength().Should().Be(0);
            var okta = before.GetProperty("ingest").EnumerateArray().Single(i => i.GetProperty("source").GetString() == "okta");
            okta.GetProperty("events").GetInt32().Should().Be(1);
            okta.GetProperty("unattributed").GetInt32().Should().Be(0);

            await SharingSchema.EnsureAsync(app.Database);
            await using (var db = app.Database.CreateContext())
            {
                db.Set<TaxiiCollectionRecord>().AddRange(
                    new TaxiiCollectionRecord { Id = "c-a", OrgId = app.A.OrgId, Title = "A indicators", CreatedAtUs = 1 },
                    new TaxiiCollectionRecord { Id = "c-b", OrgId = app.B.OrgId, Title = "B indicators", CreatedAtUs = 1 });
                db.Set<TaxiiObjectRecord>().AddRange(
                    Object("c-a", "indicator--1", 1_700_000_000_000_000), Object("c-a", "indicator--2", 1_700_000_000_000_001), Object("c-b", "indicator--3", 5));
                db.Set<TaxiiStatusRecord>().Add(new TaxiiStatusRecord
                {
                    Id = "s1", CollectionId = "c-a", Status = "complete", TotalCount = 3, SuccessCount = 2, FailureCount = 1, DetailsJson = "{}",
                });
                await db.SaveChangesAsync();
            }

            var after = await client.GetFromJsonAsync<JsonElement>("/api/overview/status");
            var collections = after.GetProperty("sharing").GetProperty("collections").EnumerateArray().ToList();
            collections.Should().ContainSingle("organization B's collection is not A's business");
            var c = collections[0];
            c.GetProperty("title").GetString().Should().Be("A indicators");
            c.GetProperty("objects").GetInt32().Should().Be(2);
            c.GetProperty("lastAdded").GetDateTimeOffset().Should().Be(DateTimeOffset.UnixEpoch.AddTicks(1_700_000_000_000_001 * 10));
            c.GetProperty("pushes").GetInt32().Should().Be(1);
            c.GetProperty("pushedObjects").GetInt32().Should().Be(2);
            c.GetProperty("pushFailures").GetInt32().Should().Be(1);
        }
        finally
        {
            await app.DisposeAllAsync();
        }
    }

    private static TaxiiObjectRecord Object(string collection, string stixId, long addedUs) => new()
    {
        CollectionId = collection, StixId = stixId, Type = "indicator", SpecVersion = "2.1", Version = "2023-11-14T22:13:20.000Z",
        VersionUs = addedUs, DateAddedUs = addedUs, IsLatest = true, IsFirst = true, Json = "{}",
    };
}
