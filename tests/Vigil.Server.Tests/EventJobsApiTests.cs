using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AwesomeAssertions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Vigil.Server.Jobs;
using Vigil.Storage;
using Vigil.TestSupport;
using static Vigil.Server.Tests.TestHttp;

namespace Vigil.Server.Tests;

/// <summary><c>POST /api/events/jobs</c>: logs past the synchronous endpoint's limit, stored in the database and ingested
/// by a background job that any server process may run, with progress at <c>GET /api/jobs/{id}</c>.</summary>
public sealed class EventJobsApiTests
{
    private static ByteArrayContent Log(string file, string mediaType) => Raw(File.ReadAllBytes(RepoPaths.Fixture("logs/" + file)), mediaType);

    /// <summary>An Okta export of <paramref name="events"/> distinct sign-ins (about 2.4 KB each) built from the fixture.</summary>
    private static byte[] BigOktaLog(int events)
    {
        var template = File.ReadLines(RepoPaths.Fixture("logs/okta-export.ndjson")).First();
        var uuid = System.Text.RegularExpressions.Regex.Match(template, "\"uuid\":\"([^\"]+)\"").Groups[1].Value;
        var sb = new StringBuilder();
        for (var i = 0; i < events; i++)
        {
            sb.Append(template.Replace(uuid, $"00000000-0000-4000-8000-{i:D12}", StringComparison.Ordinal)).Append('\n');
        }
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static async Task<JsonElement> SubmitAsync(HttpClient client, string query, HttpContent body)
    {
        var r = await client.PostAsync("/api/events/jobs?" + query, body);
        r.StatusCode.Should().Be(HttpStatusCode.Accepted, await r.Content.ReadAsStringAsync());
        var job = await ReadAsync(r);
        r.Headers.Location!.ToString().Should().Be($"/api/jobs/{job.GetProperty("id").GetString()}");
        job.GetProperty("events").GetProperty("stage").GetString().Should().Be("queued");
        return job;
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Event_job_of_several_chunks_stores_every_event_reports_bytes_and_drops_its_chunks(StorageProvider provider)
    {
        var app = await VigilApp.StartAsync(provider);
        try
        {
            var log = BigOktaLog(4000);
            log.Length.Should().BeGreaterThan(2 * UploadChunks.ChunkBytes);
            var ingest = app.As(app.A.Ingest);
            var submitted = await SubmitAsync(ingest, "kind=signins&format=okta&detect=false", Raw(log, "application/x-ndjson"));
            submitted.GetProperty("events").GetProperty("bytesTotal").GetInt64().Should().Be(log.Length);
            var jobId = submitted.GetProperty("id").GetString()!;

            var job = await WaitForJobAsync(ingest, jobId);

            job.GetProperty("status").GetString().Should().Be("Succeeded", job.ToString());
            job.GetProperty("total").GetInt32().Should().Be(4000);
            job.GetProperty("added").GetInt32().Should().Be(4000);
            job.GetProperty("rejected").GetInt32().Should().Be(0);
            var events = job.GetProperty("events");
            events.GetProperty("stage").GetString().Should().Be("done");
            events.GetProperty("bytesProcessed").GetInt64().Should().Be(log.Length);
            events.GetProperty("result").GetProperty("stored").GetInt64().Should().Be(4000);
            events.GetProperty("result").GetProperty("detection").ValueKind.Should().Be(JsonValueKind.Null); // detect=false
            await using var db = app.Database.CreateContext(app.A.OrgId);
            (await db.Events.CountAsync(e => e.Source == "okta")).Should().Be(4000 + 1); // + the seeded one
            (await UploadChunks.CountAsync(db, Guid.Parse(jobId), CancellationToken.None)).Should().Be(0);

            // Idempotent, like POST /api/events and vigil ingest: the same upload again adds nothing.
            var again = await WaitForJobAsync(ingest, (await SubmitAsync(ingest, "kind=signins&format=okta&detect=false", Raw(log, "application/x-ndjson"))).GetProperty("id").GetString()!);
            again.GetProperty("added").GetInt32().Should().Be(0);
            again.GetProperty("unchanged").GetInt32().Should().Be(4000);
        }
        finally
        {
            await app.DisposeAllAsync();
        }
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Event_job_submitted_to_one_instance_runs_on_another_with_detection_and_line_errors(StorageProvider provider)
    {
        var app = await VigilApp.StartAsync(provider, runJobs: false);
        var worker = app.SecondInstance(runJobs: true);
        try
        {
            var submitted = await SubmitAsync(app.As(app.A.Ingest), "kind=signins&format=okta", Log("okta-with-errors.ndjson", "application/x-ndjson"));
            var jobId = submitted.GetProperty("id").GetString()!;
            await Task.Delay(300);
            // No runner in the receiving process: the job waits in the database, not in memory.
            (await ReadAsync(await app.As(app.A.Ingest).GetAsync($"/api/jobs/{jobId}"))).GetProperty("status").GetString().Should().Be("Queued");
            _ = worker.CreateClient(); // starts the second host and its job runner

            var job = await WaitForJobAsync(app.As(app.A.Ingest), jobId);

            job.GetProperty("status").GetString().Should().Be("Succeeded", job.ToString());
            job.GetProperty("added").GetInt32().Should().BeGreaterThan(0);
            job.GetProperty("rejected").GetInt32().Should().BeGreaterThan(0);
            job.GetProperty("errors").EnumerateArray().Should().OnlyContain(e => e.GetProperty("line").GetInt64() > 0 && e.GetProperty("message").GetString()!.Length > 0);
            job.ToString().Should().NotContain(Path.GetTempPath());
            var result = job.GetProperty("events").GetProperty("result");
            result.GetProperty("stored").GetInt64().Should().Be(job.GetProperty("added").GetInt32());
            result.GetProperty("detection").GetProperty("events").GetInt64().Should().BeGreaterThan(0);
            // The same answer from either process.
            (await ReadAsync(await worker.As(app.A.Ingest).GetAsync($"/api/jobs/{jobId}"))).GetProperty("added").GetInt32()
                .Should().Be(job.GetProperty("added").GetInt32());
        }
        finally
        {
            await worker.DisposeAsync();
            await app.DisposeAllAsync();
        }
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Event_job_of_another_organization_is_not_found_and_its_events_stay_there(StorageProvider provider)
    {
        var app = await VigilApp.StartAsync(provider);
        try
        {
            var submitted = await SubmitAsync(app.As(app.A.Ingest), "kind=signins&format=csv", Log("signins.csv", "text/csv"));
            var jobId = submitted.GetProperty("id").GetString()!;
            (await WaitForJobAsync(app.As(app.A.Ingest), jobId)).GetProperty("status").GetString().Should().Be("Succeeded");

            var foreign = await app.As(app.B.Ingest).GetAsync($"/api/jobs/{jobId}");

            foreign.StatusCode.Should().Be(HttpStatusCode.NotFound);
            (await foreign.Content.ReadAsStringAsync()).Should().NotContain("signins");
            await using var db = app.Database.CreateContext(app.B.OrgId);
            (await db.Events.CountAsync(e => e.Source != "okta")).Should().Be(0); // only B's seeded okta event
        }
        finally
        {
            await app.DisposeAllAsync();
        }
    }

    [Fact]
    public async Task Event_job_bad_query_empty_or_over_the_configured_limit_gets_4xx_and_queues_nothing()
    {
        var app = await VigilApp.StartAsync(StorageProvider.Sqlite);
        using var small = app.WithWebHostBuilder(b => b.UseSetting("Vigil:Server:MaxEventUploadBytes", "4096"));
        try
        {
            var c = app.As(app.A.Ingest);
            (await c.PostAsync("/api/events/jobs?kind=logins&format=csv", Log("signins.csv", "text/csv"))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await c.PostAsync("/api/events/jobs?kind=payroll&format=okta", Log("payroll.csv", "text/csv"))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await c.PostAsync("/api/events/jobs?kind=signins&format=csv", Raw([], "text/csv"))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await app.As(app.A.ReadOnly).PostAsync("/api/events/jobs?kind=signins&format=csv", Log("signins.csv", "text/csv"))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
            // Past the synchronous endpoint's 32 MB a job is still accepted; past the configured maximum it is not.
            var limited = small.CreateClient();
            limited.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", app.A.Ingest);
            var tooBig = await limited.PostAsync("/api/events/jobs?kind=signins&format=okta", Raw(BigOktaLog(2), "application/x-ndjson"));
            tooBig.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
            tooBig.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            await using var db = app.Database.CreateContext(app.A.OrgId);
            (await db.ImportJobs.CountAsync()).Should().Be(0);
        }
        finally
        {
            await app.DisposeAllAsync();
        }
    }
}
