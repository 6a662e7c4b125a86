using System.Net;
using AwesomeAssertions;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage;
using Vigil.TestSupport;
using static Vigil.Server.Tests.TestHttp;

namespace Vigil.Server.Tests;

/// <summary><c>POST /api/events</c>: the CLI's log formats over HTTP, per organization.</summary>
public sealed class EventsApiTests
{
    public static TheoryData<string, string, string, string> Formats => new()
    {
        { "signins", "okta", "okta-export.ndjson", "application/x-ndjson" },
        { "signins", "okta", "okta-page.json", "application/json" },
        { "signins", "entra", "entra-graph-page.json", "application/json" },
        { "signins", "entra", "entra-diagnostic.ndjson", "application/x-ndjson" },
        { "signins", "entra", "entra-loganalytics.ndjson", "application/x-ndjson" },
        { "signins", "google", "google-login-page.json", "application/json" },
        { "signins", "csv", "signins.csv", "text/csv" },
        { "endpoint", "osquery", "osquery-results.ndjson", "application/x-ndjson" },
        { "payroll", "csv", "payroll.csv", "text/csv" },
        { "shipments", "csv", "shipments.csv", "text/csv" },
    };

    private static ByteArrayContent Log(string file, string mediaType) => Raw(File.ReadAllBytes(RepoPaths.Fixture("logs/" + file)), mediaType);

    [Theory, MemberData(nameof(Formats))]
    public async Task Events_each_cli_format_is_stored_once_and_matched_to_the_worker(string kind, string format, string file, string mediaType)
    {
        var app = await VigilApp.StartAsync(StorageProvider.Sqlite);
        try
        {
            var ingest = app.As(app.A.Ingest);
            var created = await ReadAsync(await ingest.PostAsync("/api/subjects", JsonBody(
                """{"externalId":"w-001","fullName":"Alice Nguyen","kind":"worker","claimedCountry":"US","identifiers":[{"kind":"email","value":"alice.nguyen@example.com"}]}""")));
            var alice = created.GetProperty("id").GetGuid();

            var r = await ingest.PostAsync($"/api/events?kind={kind}&format={format}", Log(file, mediaType));
            r.StatusCode.Should().Be(HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
            var report = await ReadAsync(r);
            report.GetProperty("kind").GetString().Should().Be(kind);
            report.GetProperty("format").GetString().Should().Be(format);
            var stored = report.GetProperty("stored").GetInt64();
            stored.Should().BeGreaterThan(0);
            // osquery names hosts' local users (anguyen), which no subject of this test has.
            if (kind != "endpoint")
            {
                report.GetProperty("matched").GetInt64().Should().BeGreaterThan(0);
            }
            report.GetProperty("detection").GetProperty("events").GetInt64().Should().BeGreaterThanOrEqualTo(stored);

            await using (var db = app.Database.CreateContext(app.A.OrgId))
            {
                if (kind != "endpoint")
                {
                    (await db.Events.CountAsync(e => e.SubjectId == alice)).Should().BeGreaterThan(0);
                }
                (await db.Events.CountAsync()).Should().Be((int)stored + 1); // + the seeded event
            }
            // Idempotent: the same body again stores nothing new.
            var again = await ReadAsync(await ingest.PostAsync($"/api/events?kind={kind}&format={format}", Log(file, mediaType)));
            again.GetProperty("stored").GetInt64().Should().Be(0);
            again.GetProperty("alreadyStored").GetInt64().Should().Be(stored);
        }
        finally
        {
            await app.DisposeAllAsync();
        }
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Events_malformed_lines_are_reported_by_line_and_good_ones_kept(StorageProvider provider)
    {
        var app = await VigilApp.StartAsync(provider);
        try
        {
            var r = await app.As(app.A.Ingest).PostAsync("/api/events?kind=signins&format=okta", Log("okta-with-errors.ndjson", "application/x-ndjson"));
            r.StatusCode.Should().Be(HttpStatusCode.OK);
            var report = await ReadAsync(r);
            report.GetProperty("rejected").GetInt64().Should().BeGreaterThan(0);
            report.GetProperty("stored").GetInt64().Should().BeGreaterThan(0);
            var errors = report.GetProperty("errors").EnumerateArray().ToList();
            errors.Should().NotBeEmpty();
            errors.Should().OnlyContain(e => e.GetProperty("line").GetInt64() > 0 && e.GetProperty("message").GetString()!.Length > 0);
            // Errors name the upload, not a server path.
            (await r.Content.ReadAsStringAsync()).Should().NotContain(Path.GetTempPath());
        }
        finally
        {
            await app.DisposeAllAsync();
        }
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Events_ingested_by_one_org_are_invisible_to_another_with_the_same_worker(StorageProvider provider)
    {
        var app = await VigilApp.StartAsync(provider);
        try
        {
            const string worker = """{"externalId":"w-001","fullName":"Alice Nguyen","kind":"worker","identifiers":[{"kind":"email","value":"alice.nguyen@example.com"}]}""";
            var aliceA = (await ReadAsync(await app.As(app.A.Ingest).PostAsync("/api/subjects", JsonBody(worker)))).GetProperty("id").GetGuid();
            var aliceB = (await ReadAsync(await app.As(app.B.Ingest).PostAsync("/api/subjects", JsonBody(worker)))).GetProperty("id").GetGuid();
            var countsBefore = await ReadAsync(await app.As(app.B.ReadOnly).GetAsync("/api/alerts/counts"));

            (await app.As(app.A.Ingest).PostAsync("/api/events?kind=signins&format=csv", Log("signins.csv", "text/csv"))).StatusCode.Should().Be(HttpStatusCode.OK);
            (await app.As(app.A.Ingest).PostAsync("/api/events?kind=payroll", Log("payroll.csv", "text/csv"))).StatusCode.Should().Be(HttpStatusCode.OK);

            var eventsA = await ReadAsync(await app.As(app.A.ReadOnly).GetAsync($"/api/subjects/{aliceA}/events"));
            eventsA.GetProperty("items").GetArrayLength().Should().BeGreaterThan(0);
            var eventsB = await ReadAsync(await app.As(app.B.ReadOnly).GetAsync($"/api/subjects/{aliceB}/events"));
            eventsB.GetProperty("items").GetArrayLength().Should().Be(0);
            (await app.As(app.B.ReadOnly).GetAsync($"/api/subjects/{aliceA}/events")).StatusCode.Should().Be(HttpStatusCode.NotFound);
            var countsAfter = await ReadAsync(await app.As(app.B.ReadOnly).GetAsync("/api/alerts/counts"));
            countsAfter.GetProperty("total").GetInt32().Should().Be(countsBefore.GetProperty("total").GetInt32());
            await using var db = app.Database.CreateContext(app.B.OrgId);
            (await db.Events.CountAsync(e => e.Source != "okta")).Should().Be(0); // only B's seeded okta event
        }
        finally
        {
            await app.DisposeAllAsync();
        }
    }

    [Fact]
    public async Task Events_bad_query_empty_or_oversized_bodies_get_4xx_and_store_nothing()
    {
        var app = await VigilApp.StartAsync(StorageProvider.Sqlite);
        try
        {
            var c = app.As(app.A.Ingest);
            var csv = Log("signins.csv", "text/csv");
            (await c.PostAsync("/api/events?kind=logins&format=csv", csv)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await c.PostAsync("/api/events?kind=signins", Log("signins.csv", "text/csv"))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await c.PostAsync("/api/events?kind=signins&format=xml", Log("signins.csv", "text/csv"))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
            var mismatch = await c.PostAsync("/api/events?kind=payroll&format=okta", Log("payroll.csv", "text/csv"));
            mismatch.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            mismatch.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            (await c.PostAsync("/api/events?kind=signins&format=csv", Raw([], "text/csv"))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
            var huge = new byte[Apis.EventsApi.MaxBodyBytes + 1];
            (await c.PostAsync("/api/events?kind=signins&format=csv", Raw(huge, "text/csv"))).StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
            (await app.As(app.A.ReadOnly).PostAsync("/api/events?kind=signins&format=csv", Log("signins.csv", "text/csv"))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
            // Garbage in a valid kind/format: every line rejected, nothing stored, still a report.
            var garbage = await ReadAsync(await c.PostAsync("/api/events?kind=signins&format=okta", Raw("not json\n{\"also\": \n"u8.ToArray(), "application/x-ndjson")));
            garbage.GetProperty("stored").GetInt64().Should().Be(0);
            garbage.GetProperty("rejected").GetInt64().Should().BeGreaterThan(0);
            await using var db = app.Database.CreateContext(app.A.OrgId);
            (await db.Events.CountAsync()).Should().Be(1); // the seeded one
        }
        finally
        {
            await app.DisposeAllAsync();
        }
    }
}
