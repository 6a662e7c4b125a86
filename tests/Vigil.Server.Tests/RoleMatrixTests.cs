using System.Net;
using AwesomeAssertions;
using Vigil.Storage;
using Vigil.Storage.Auth;
using Vigil.TestSupport;
using static Vigil.Server.Tests.TestHttp;

namespace Vigil.Server.Tests;

/// <summary>Every API endpoint against every role (and no key): allowed roles get a success, the others 403, the
/// anonymous caller 401. The table names each endpoint's policy; adding an endpoint means adding a row.</summary>
public sealed class RoleMatrixTests
{
    private static readonly ApiRole[] ReadRoles = [ApiRole.Admin, ApiRole.Analyst, ApiRole.ReadOnly];
    private static readonly ApiRole[] WorkRoles = [ApiRole.Admin, ApiRole.Analyst];
    private static readonly ApiRole[] IngestRoles = [ApiRole.Admin, ApiRole.Analyst, ApiRole.IngestOnly];
    private static readonly ApiRole[] AdminRoles = [ApiRole.Admin];
    private static readonly ApiRole[] AnyRole = Enum.GetValues<ApiRole>();

    /// <summary>One endpoint: how to build a fresh request for it (in org A), and which roles may call it.</summary>
    private sealed record Row(string Name, ApiRole[] Allowed, Func<VigilApp, Task<HttpRequestMessage>> Build);

    private static HttpRequestMessage Req(HttpMethod m, string url, HttpContent? body = null) => new(m, url) { Content = body };

    private static async Task<string> NewCaseAsync(VigilApp app) =>
        (await ReadAsync(await app.As(app.A.Admin).PostAsync("/api/cases", JsonBody("""{"title":"matrix"}""")))).GetProperty("case").GetProperty("id").GetString()!;

    private static IEnumerable<Row> Rows()
    {
        yield return new("GET /api/me", AnyRole, _ => Task.FromResult(Req(HttpMethod.Get, "/api/me")));
        yield return new("GET /api/alerts", ReadRoles, _ => Task.FromResult(Req(HttpMethod.Get, "/api/alerts")));
        yield return new("GET /api/alerts/counts", ReadRoles, _ => Task.FromResult(Req(HttpMethod.Get, "/api/alerts/counts")));
        yield return new("GET /api/alerts/{id}", ReadRoles, a => Task.FromResult(Req(HttpMethod.Get, $"/api/alerts/{a.A.AlertIds[0]}")));
        yield return new("POST /api/alerts/{id}/suppress", WorkRoles, a => Task.FromResult(Req(HttpMethod.Post, $"/api/alerts/{a.A.AlertIds[1]}/suppress", JsonBody("""{"reason":"duplicate"}"""))));
        yield return new("POST /api/alerts/bulk", WorkRoles, a => Task.FromResult(Req(HttpMethod.Post, "/api/alerts/bulk", JsonBody($$"""{"ids":["{{a.A.AlertIds[2]}}"],"action":"assign","assignee":"kim"}"""))));
        yield return new("GET /api/subjects/{id}", ReadRoles, a => Task.FromResult(Req(HttpMethod.Get, $"/api/subjects/{a.A.SubjectIds[0]}")));
        yield return new("GET /api/subjects/{id}/events", ReadRoles, a => Task.FromResult(Req(HttpMethod.Get, $"/api/subjects/{a.A.SubjectIds[0]}/events")));
        yield return new("GET /api/subjects/{id}/cluster", ReadRoles, a => Task.FromResult(Req(HttpMethod.Get, $"/api/subjects/{a.A.SubjectIds[0]}/cluster")));
        yield return new("POST /api/subjects/search", ReadRoles, _ => Task.FromResult(Req(HttpMethod.Post, "/api/subjects/search", JsonBody("""{"kind":"email","value":"p0.org-a@example.com"}"""))));
        yield return new("POST /api/subjects", IngestRoles, _ => Task.FromResult(Req(HttpMethod.Post, "/api/subjects", JsonBody($$"""{"externalId":"m-{{Guid.NewGuid():N}}","fullName":"Matrix"}"""))));
        yield return new("POST /api/subjects/import", IngestRoles, _ => Task.FromResult(Req(HttpMethod.Post, "/api/subjects/import", JsonBody("""{"subjects":[{"externalId":"mi-1","fullName":"Matrix Import"}]}"""))));
        yield return new("GET /api/jobs/{id}", IngestRoles, async a =>
        {
            var job = await ReadAsync(await a.As(a.A.Admin).PostAsync("/api/subjects/import", JsonBody("""{"subjects":[{"externalId":"mj-1","fullName":"Matrix Job"}]}""")));
            return Req(HttpMethod.Get, $"/api/jobs/{job.GetProperty("id").GetString()}");
        });
        yield return new("POST /api/events", IngestRoles, _ => Task.FromResult(Req(HttpMethod.Post, "/api/events?kind=signins&format=csv",
            Raw(File.ReadAllBytes(RepoPaths.Fixture("logs/signins.csv")), "text/csv"))));
        yield return new("GET /api/cases", ReadRoles, _ => Task.FromResult(Req(HttpMethod.Get, "/api/cases")));
        yield return new("GET /api/cases/{id}", ReadRoles, async a => Req(HttpMethod.Get, $"/api/cases/{await NewCaseAsync(a)}"));
        yield return new("POST /api/cases", WorkRoles, _ => Task.FromResult(Req(HttpMethod.Post, "/api/cases", JsonBody("""{"title":"by role"}"""))));
        yield return new("PATCH /api/cases/{id}", WorkRoles, async a => Req(HttpMethod.Patch, $"/api/cases/{await NewCaseAsync(a)}", JsonBody("""{"version":1,"status":"triage"}""")));
        yield return new("POST /api/cases/{id}/notes", WorkRoles, async a => Req(HttpMethod.Post, $"/api/cases/{await NewCaseAsync(a)}/notes", JsonBody("""{"text":"seen"}""")));
        yield return new("GET /api/audit", ReadRoles, _ => Task.FromResult(Req(HttpMethod.Get, "/api/audit")));
        yield return new("GET /api/audit/verify", AdminRoles, _ => Task.FromResult(Req(HttpMethod.Get, "/api/audit/verify")));
        yield return new("GET /api/overview", ReadRoles, _ => Task.FromResult(Req(HttpMethod.Get, "/api/overview")));
        yield return new("GET /api/overview/status", ReadRoles, _ => Task.FromResult(Req(HttpMethod.Get, "/api/overview/status")));
        yield return new("POST /api/screen", IngestRoles, _ => Task.FromResult(Req(HttpMethod.Post, "/api/screen", JsonBody(
            $$"""{"id":"scr-{{Guid.NewGuid():N}}","full_name":"Matrix Applicant","emails":["matrix@example.com"],"claimed_country":"US"}"""))));
        yield return new("GET /api/lists", ReadRoles, _ => Task.FromResult(Req(HttpMethod.Get, "/api/lists")));
        yield return new("GET /api/suppressions", ReadRoles, _ => Task.FromResult(Req(HttpMethod.Get, "/api/suppressions")));
        yield return new("GET /api/sharing/sightings", ReadRoles, _ => Task.FromResult(Req(HttpMethod.Get, "/api/sharing/sightings")));
        yield return new("GET /api/keys", AdminRoles, _ => Task.FromResult(Req(HttpMethod.Get, "/api/keys")));
        yield return new("POST /api/keys", AdminRoles, _ => Task.FromResult(Req(HttpMethod.Post, "/api/keys", JsonBody("""{"name":"bot","role":"read-only"}"""))));
        yield return new("DELETE /api/keys/{id}", AdminRoles, async a =>
        {
            var key = await ApiKeys.CreateAsync(a.Database, a.A.OrgId, "doomed-" + Guid.NewGuid().ToString("N")[..8], ApiRole.ReadOnly);
            return Req(HttpMethod.Delete, $"/api/keys/{key.Key.Id}");
        });
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Roles_every_endpoint_allows_exactly_its_roles(StorageProvider provider)
    {
        var app = await VigilApp.StartAsync(provider);
        try
        {
            var failures = new List<string>();
            foreach (var row in Rows())
            {
                var anonymous = await app.CreateClient().SendAsync(await row.Build(app));
                if (anonymous.StatusCode != HttpStatusCode.Unauthorized)
                {
                    failures.Add($"{row.Name} without a key: {(int)anonymous.StatusCode}, expected 401");
                }
                foreach (var role in AnyRole)
                {
                    var r = await app.As(app.A.Keys[role]).SendAsync(await row.Build(app));
                    var allowed = row.Allowed.Contains(role);
                    var ok = allowed ? r.IsSuccessStatusCode : r.StatusCode == HttpStatusCode.Forbidden;
                    if (!ok)
                    {
                        failures.Add($"{row.Name} as {role}: {(int)r.StatusCode}, expected {(allowed ? "2xx" : "403")} {await r.Content.ReadAsStringAsync()}");
                    }
                }
            }
            failures.Should().BeEmpty();
        }
        finally
        {
            await app.DisposeAllAsync();
        }
    }
}
