using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AwesomeAssertions;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Cases;
using Vigil.Core.Scoring;
using Vigil.Storage;
using Vigil.TestSupport;

namespace Vigil.Server.Tests;

public sealed class ApiTests
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage r) =>
        JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.Clone();

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Authentication_missing_or_unknown_key_is_401_problem(StorageProvider provider)
    {
        var app = await VigilApp.StartAsync(provider);
        try
        {
            var anon = app.CreateClient();
            var r = await anon.GetAsync("/api/alerts");
            r.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
            r.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            (await app.As("vgl_not-a-real-key").GetAsync("/api/alerts")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
            (await app.As(app.A.ReadOnly).GetAsync("/api/alerts")).StatusCode.Should().Be(HttpStatusCode.OK);
            (await anon.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
            (await anon.GetAsync("/openapi/v1.json")).StatusCode.Should().Be(HttpStatusCode.OK);
        }
        finally
        {
            await app.DisposeAllAsync();
        }
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Roles_each_role_gets_exactly_its_calls(StorageProvider provider)
    {
        var app = await VigilApp.StartAsync(provider);
        try
        {
            var alert = app.A.AlertIds[0];
            var subject = """{"externalId":"new-1","fullName":"New Person"}""";
            var caseBody = $$"""{"alertIds":["{{alert}}"]}""";
            async Task<HttpStatusCode> Call(string key, HttpMethod m, string url, string? body = null)
            {
                var req = new HttpRequestMessage(m, url) { Content = body is null ? null : Json(body) };
                return (await app.As(key).SendAsync(req)).StatusCode;
            }
            // read-only: reads, never writes
            (await Call(app.A.ReadOnly, HttpMethod.Get, "/api/alerts")).Should().Be(HttpStatusCode.OK);
            (await Call(app.A.ReadOnly, HttpMethod.Post, "/api/cases", caseBody)).Should().Be(HttpStatusCode.Forbidden);
            (await Call(app.A.ReadOnly, HttpMethod.Post, "/api/subjects", subject)).Should().Be(HttpStatusCode.Forbidden);
            (await Call(app.A.ReadOnly, HttpMethod.Get, "/api/keys")).Should().Be(HttpStatusCode.Forbidden);
            // ingest-only: sends data in, reads no alerts
            (await Call(app.A.Ingest, HttpMethod.Get, "/api/alerts")).Should().Be(HttpStatusCode.Forbidden);
            (await Call(app.A.Ingest, HttpMethod.Get, $"/api/subjects/{app.A.SubjectIds[0]}")).Should().Be(HttpStatusCode.Forbidden);
            (await Call(app.A.Ingest, HttpMethod.Post, "/api/subjects", subject)).Should().Be(HttpStatusCode.Created);
            (await Call(app.A.Ingest, HttpMethod.Post, "/api/cases", caseBody)).Should().Be(HttpStatusCode.Forbidden);
            // analyst: works cases, no keys, no audit verification
            (await Call(app.A.Analyst, HttpMethod.Post, "/api/cases", caseBody)).Should().Be(HttpStatusCode.Created);
            (await Call(app.A.Analyst, HttpMethod.Get, "/api/keys")).Should().Be(HttpStatusCode.Forbidden);
            (await Call(app.A.Analyst, HttpMethod.Get, "/api/audit/verify")).Should().Be(HttpStatusCode.Forbidden);
            // admin: everything
            (await Call(app.A.Admin, HttpMethod.Get, "/api/keys")).Should().Be(HttpStatusCode.OK);
            (await Call(app.A.Admin, HttpMethod.Get, "/api/audit/verify")).Should().Be(HttpStatusCode.OK);
            (await Call(app.A.Admin, HttpMethod.Post, "/api/keys", """{"name":"bot","role":"read-only"}""")).Should().Be(HttpStatusCode.Created);
        }
        finally
        {
            await app.DisposeAllAsync();
        }
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CrossOrg_every_id_endpoint_answers_404_and_leaks_nothing(StorageProvider provider)
    {
        var app = await VigilApp.StartAsync(provider);
        try
        {
            var a = app.As(app.A.Admin);
            var created = await a.PostAsync("/api/cases", Json($$"""{"alertIds":["{{app.A.AlertIds[0]}}"]}"""));
            var caseId = (await ReadAsync(created)).GetProperty("case").GetProperty("id").GetString();
            var job = await ReadAsync(await app.As(app.A.Ingest).PostAsync("/api/subjects/import", Json("""{"subjects":[{"externalId":"j1","fullName":"J"}]}""")));
            var keys = await a.GetFromJsonAsync<JsonElement>("/api/keys");
            var keyId = keys[0].GetProperty("id").GetString();
            var b = app.As(app.B.Admin);
            var alertId = app.A.AlertIds[0];
            var subjectId = app.A.SubjectIds[0];
            var probes = new (HttpMethod, string, string?)[]
            {
                (HttpMethod.Get, $"/api/alerts/{alertId}", null),
                (HttpMethod.Post, $"/api/alerts/{alertId}/suppress", """{"reason":"x"}"""),
                (HttpMethod.Get, $"/api/subjects/{subjectId}", null),
                (HttpMethod.Get, $"/api/subjects/{subjectId}/events", null),
                (HttpMethod.Get, $"/api/subjects/{subjectId}/cluster", null),
                (HttpMethod.Get, $"/api/cases/{caseId}", null),
                (HttpMethod.Patch, $"/api/cases/{caseId}", """{"version":1,"status":"triage"}"""),
                (HttpMethod.Post, $"/api/cases/{caseId}/notes", """{"text":"x"}"""),
                (HttpMethod.Post, "/api/cases", $$"""{"alertIds":["{{alertId}}"]}"""),
                (HttpMethod.Get, $"/api/jobs/{job.GetProperty("id").GetString()}", null),
                (HttpMethod.Delete, $"/api/keys/{keyId}", null),
            };
            foreach (var (method, url, body) in probes)
            {
                var r = await b.SendAsync(new HttpRequestMessage(method, url) { Content = body is null ? null : Json(body) });
                r.StatusCode.Should().Be(HttpStatusCode.NotFound, $"{method} {url}");
                (await r.Content.ReadAsStringAsync()).Should().NotContain("Person org-a");
            }
            var bulk = await ReadAsync(await b.PostAsync("/api/alerts/bulk", Json($$"""{"ids":["{{alertId}}"],"action":"suppress","reason":"x"}""")));
            bulk.GetProperty("updated").GetInt32().Should().Be(0);
            // Counts and lists show only B's own alerts.
            var counts = await ReadAsync(await b.GetAsync("/api/alerts/counts"));
            counts.GetProperty("total").GetInt32().Should().Be(app.B.AlertIds.Count);
            var list = await ReadAsync(await b.GetAsync("/api/alerts?limit=500"));
            list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).Should().BeEquivalentTo(app.B.AlertIds);
            // Search for A's identifier finds nothing in B.
            var search = await ReadAsync(await b.PostAsync("/api/subjects/search", Json("""{"kind":"email","value":"p0.org-a@example.com"}""")));
            search.GetProperty("items").GetArrayLength().Should().Be(0);
            // A's cursor is refused in B, even for the same query.
            var pageA = await ReadAsync(await a.GetAsync("/api/alerts?limit=1"));
            var cursor = pageA.GetProperty("next").GetString();
            (await b.GetAsync($"/api/alerts?limit=1&cursor={cursor}")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
            // A's alert still unsuppressed.
            var still = await ReadAsync(await a.GetAsync($"/api/alerts/{alertId}"));
            still.GetProperty("status").GetString().Should().NotBe("Suppressed");
        }
        finally
        {
            await app.DisposeAllAsync();
        }
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bodies_malformed_or_oversized_get_4xx_and_store_nothing(StorageProvider provider)
    {
        var app = await VigilApp.StartAsync(provider);
        try
        {
            var c = app.As(app.A.Admin);
            var bad = await c.PostAsync("/api/cases", Json("{\"title\": "));
            bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            bad.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            (await c.PostAsync("/api/cases", Json("""{"title":""}"""))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await c.PostAsync("/api/cases", Json("""{"title":42}"""))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
            var huge = new string('x', 2 * 1024 * 1024);
            var big = await c.PostAsync("/api/cases", Json($$"""{"title":"{{huge}}"}"""));
            big.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
            (await c.PostAsync("/api/subjects", Json("""{"externalId":"x","fullName":"y","claimedTimezone":"Mars/Base"}"""))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await c.PostAsync("/api/alerts/" + app.A.AlertIds[0] + "/suppress", Json("""{"reason":"  "}"""))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
            await using var db = app.Database.CreateContext(app.A.OrgId);
            (await db.Cases.CountAsync()).Should().Be(0);
            (await db.Subjects.CountAsync(s => s.ExternalId == "x")).Should().Be(0);
            (await db.Alerts.CountAsync(a => a.Status == AlertStatus.Suppressed)).Should().Be(0);
        }
        finally
        {
            await app.DisposeAllAsync();
        }
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Cases_concurrent_updates_of_one_version_let_exactly_one_win(StorageProvider provider)
    {
        var app = await VigilApp.StartAsync(provider);
        try
        {
            var c = app.As(app.A.Analyst);
            var created = await ReadAsync(await c.PostAsync("/api/cases", Json($$"""{"alertIds":["{{app.A.AlertIds[1]}}"]}""")));
            var id = created.GetProperty("case").GetProperty("id").GetString();
            var tasks = Enumerable.Range(0, 8).Select(i => app.As(app.A.Analyst).PatchAsync($"/api/cases/{id}",
                Json($$"""{"version":1,"assignee":"analyst-{{i}}"}"""))).ToList();
            var results = await Task.WhenAll(tasks);
            results.Count(r => r.StatusCode == HttpStatusCode.OK).Should().Be(1);
            results.Count(r => r.StatusCode == HttpStatusCode.Conflict).Should().Be(7);
            var winner = await ReadAsync(results.Single(r => r.StatusCode == HttpStatusCode.OK));
            var final = await ReadAsync(await c.GetAsync($"/api/cases/{id}"));
            final.GetProperty("case").GetProperty("version").GetInt32().Should().Be(2);
            final.GetProperty("case").GetProperty("assignee").GetString().Should().Be(winner.GetProperty("case").GetProperty("assignee").GetString());
            // If-Match with a stale ETag is 412.
            var stale = new HttpRequestMessage(HttpMethod.Patch, $"/api/cases/{id}") { Content = Json("""{"assignee":"late"}""") };
            stale.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
            (await c.SendAsync(stale)).StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
            var verify = await ReadAsync(await app.As(app.A.Admin).GetAsync("/api/audit/verify"));
            verify.GetProperty("isIntact").GetBoolean().Should().BeTrue();
        }
        finally
        {
            await app.DisposeAllAsync();
        }
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Cases_lifecycle_closes_confirmed_and_audit_detects_tampering(StorageProvider provider)
    {
        var app = await VigilApp.StartAsync(provider);
        try
        {
            var c = app.As(app.A.Analyst);
            var created = await ReadAsync(await c.PostAsync("/api/cases", Json($$"""{"alertIds":["{{app.A.AlertIds[2]}}"],"dueAt":"2030-01-01T00:00:00Z"}""")));
            var id = created.GetProperty("case").GetProperty("id").GetString();
            (await c.PatchAsync($"/api/cases/{id}", Json("""{"version":1,"status":"closed"}"""))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await c.PatchAsync($"/api/cases/{id}", Json("""{"version":1,"status":"triage"}"""))).StatusCode.Should().Be(HttpStatusCode.OK);
            (await c.PostAsync($"/api/cases/{id}/notes", Json($$"""{"text":"same payout as another","evidenceRef":"subject/{{app.A.SubjectIds[0]}}"}"""))).StatusCode.Should().Be(HttpStatusCode.Created);
            (await c.PatchAsync($"/api/cases/{id}", Json("""{"version":2,"status":"investigating"}"""))).StatusCode.Should().Be(HttpStatusCode.OK);
            var closed = await ReadAsync(await c.PatchAsync($"/api/cases/{id}", Json("""{"version":3,"status":"closed","disposition":"confirmed"}""")));
            closed.GetProperty("case").GetProperty("disposition").GetString().Should().Be("Confirmed");
            closed.GetProperty("alerts")[0].GetProperty("status").GetString().Should().Be("Closed");
            closed.GetProperty("audit").EnumerateArray().Select(e => e.GetProperty("action").GetString())
                .Should().Contain(["case.open", "case.update", "case.evidence"]);
            var admin = app.As(app.A.Admin);
            (await ReadAsync(await admin.GetAsync("/api/audit/verify"))).GetProperty("isIntact").GetBoolean().Should().BeTrue();

            await using (var db = app.Database.CreateContext(app.A.OrgId))
            {
                var entry = await db.AuditEntries.OrderBy(e => e.Sequence).Skip(1).FirstAsync();
                entry.Actor = "someone-else";
                await db.SaveChangesAsync();
            }
            var tampered = await ReadAsync(await admin.GetAsync("/api/audit/verify"));
            tampered.GetProperty("isIntact").GetBoolean().Should().BeFalse();
            tampered.GetProperty("brokenAt").GetInt64().Should().Be(2);
            // Org B's chain is untouched.
            (await ReadAsync(await app.As(app.B.Admin).GetAsync("/api/audit/verify"))).GetProperty("isIntact").GetBoolean().Should().BeTrue();
        }
        finally
        {
            await app.DisposeAllAsync();
        }
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Alerts_paging_is_stable_under_concurrent_inserts(StorageProvider provider)
    {
        var app = await VigilApp.StartAsync(provider);
        try
        {
            await InsertAlertsAsync(app, 120, score: 70);
            var c = app.As(app.A.ReadOnly);
            var before = await ReadAsync(await c.GetAsync("/api/alerts/counts"));
            var expected = before.GetProperty("total").GetInt32();
            var seen = new List<Guid>();
            string? cursor = null;
            var pages = 0;
            do
            {
                var page = await ReadAsync(await c.GetAsync("/api/alerts?limit=25" + (cursor is null ? "" : "&cursor=" + cursor)));
                seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
                cursor = page.GetProperty("next").GetString();
                if (++pages == 2)
                {
                    await InsertAlertsAsync(app, 30, score: 99); // ahead of the cursor: must not shift later pages
                    await InsertAlertsAsync(app, 5, score: 1);   // behind it: may appear, once
                }
            }
            while (cursor is not null);
            seen.Should().OnlyHaveUniqueItems();
            seen.Count.Should().Be(expected + 5);
            seen.Take(25).Should().NotBeEmpty();
        }
        finally
        {
            await app.DisposeAllAsync();
        }
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Jobs_import_submitted_to_one_instance_runs_on_another_and_progress_is_shared(StorageProvider provider)
    {
        var app = await VigilApp.StartAsync(provider, runJobs: false);
        var worker = app.SecondInstance(runJobs: true);
        try
        {
            var rows = string.Join(',', Enumerable.Range(0, 1200).Select(i => $$"""{"externalId":"imp-{{i}}","fullName":"Imported {{i}}","identifiers":[{"kind":"email","value":"imp{{i}}@example.com"}]}"""));
            var body = $$"""{"subjects":[{{rows}},{"externalId":"","fullName":"no id"}]}""";
            var submitted = await ReadAsync(await app.As(app.A.Ingest).PostAsync("/api/subjects/import", Json(body)));
            var jobId = submitted.GetProperty("id").GetString();
            _ = worker.CreateClient(); // starts the second host and its job runner
            JsonElement job = default;
            for (var i = 0; i < 600; i++)
            {
                job = await ReadAsync(await app.As(app.A.Ingest).GetAsync($"/api/jobs/{jobId}"));
                if (job.GetProperty("status").GetString() is "Succeeded" or "Failed")
                {
                    break;
                }
                await Task.Delay(100);
            }
            job.GetProperty("status").GetString().Should().Be("Succeeded");
            job.GetProperty("added").GetInt32().Should().Be(1200);
            job.GetProperty("rejected").GetInt32().Should().Be(1);
            job.GetProperty("errors")[0].GetProperty("index").GetInt32().Should().Be(1200);
            job.GetProperty("errors")[0].GetProperty("field").GetString().Should().Be("externalId");
            var paged = await ReadAsync(await worker.As(app.A.ReadOnly).GetAsync("/api/alerts?limit=2"));
            var next = paged.GetProperty("next").GetString();
            (await app.As(app.A.ReadOnly).GetAsync("/api/alerts?limit=2&cursor=" + next)).StatusCode.Should().Be(HttpStatusCode.OK);
        }
        finally
        {
            await worker.DisposeAsync();
            await app.DisposeAllAsync();
        }
    }

    private static async Task InsertAlertsAsync(VigilApp app, int n, double score)
    {
        await using var db = app.Database.CreateContext(app.A.OrgId);
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < n; i++)
        {
            var subject = new Core.Model.Subject { Id = Guid.NewGuid(), OrgId = app.A.OrgId, ExternalId = "bulk-" + Guid.NewGuid().ToString("N"), FullName = "Bulk", CreatedAt = now, UpdatedAt = now };
            db.Subjects.Add(subject);
            db.Alerts.Add(new Alert { Id = Guid.NewGuid(), OrgId = app.A.OrgId, SubjectId = subject.Id, Score = score, Level = RiskLevel.High, CreatedAt = now, UpdatedAt = now });
        }
        await db.SaveChangesAsync();
    }
}
