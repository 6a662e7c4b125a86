using System.Net;
using AwesomeAssertions;
using Vigil.Storage;
using Vigil.TestSupport;
using static Vigil.Server.Tests.TestHttp;

namespace Vigil.Server.Tests;

/// <summary>Lists, counts and cursors that take no id must not show another organization's rows either.</summary>
public sealed class CrossOrgListTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CrossOrg_cases_audit_and_event_lists_and_cursors_show_only_the_caller_org(StorageProvider provider)
    {
        var app = await VigilApp.StartAsync(provider);
        try
        {
            var a = app.As(app.A.Admin);
            var b = app.As(app.B.Admin);
            string? caseId = null;
            for (var i = 0; i < 3; i++)
            {
                caseId = (await ReadAsync(await a.PostAsync("/api/cases", JsonBody($$"""{"title":"secret case {{i}}"}""")))).GetProperty("case").GetProperty("id").GetString();
            }
            // Case list and audit log of B: empty, and nothing of A's titles anywhere in the answers.
            var cases = await b.GetAsync("/api/cases");
            cases.StatusCode.Should().Be(HttpStatusCode.OK);
            (await cases.Content.ReadAsStringAsync()).Should().NotContain("secret case");
            var audit = await ReadAsync(await b.GetAsync("/api/audit"));
            audit.GetProperty("items").GetArrayLength().Should().Be(0);
            var filtered = await ReadAsync(await b.GetAsync($"/api/audit?target=case/{caseId}"));
            filtered.GetProperty("items").GetArrayLength().Should().Be(0);
            (await ReadAsync(await b.GetAsync("/api/audit/verify"))).GetProperty("entries").GetInt32().Should().Be(0);

            // A's audit cursor is refused by B even for the same query.
            var pageA = await ReadAsync(await a.GetAsync("/api/audit?limit=1"));
            var auditCursor = pageA.GetProperty("next").GetString();
            auditCursor.Should().NotBeNull();
            (await b.GetAsync($"/api/audit?limit=1&cursor={auditCursor}")).StatusCode.Should().Be(HttpStatusCode.BadRequest);

            // A's event cursor for its subject: B gets 404 for the subject, and its own subject's events refuse the cursor.
            await using (var db = app.Database.CreateContext(app.A.OrgId))
            {
                db.Events.Add(new Core.Model.ActivityEvent { OrgId = app.A.OrgId, SubjectId = app.A.SubjectIds[0], Source = "okta", SourceEventId = "x-2",
                    Type = Core.Model.EventType.SignIn, At = DateTimeOffset.UtcNow.AddHours(-5), Ip = "198.51.100.1" });
                await db.SaveChangesAsync();
            }
            var eventsA = await ReadAsync(await a.GetAsync($"/api/subjects/{app.A.SubjectIds[0]}/events?limit=1"));
            var eventCursor = eventsA.GetProperty("next").GetString();
            eventCursor.Should().NotBeNull();
            (await b.GetAsync($"/api/subjects/{app.A.SubjectIds[0]}/events?limit=1&cursor={eventCursor}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
            (await b.GetAsync($"/api/subjects/{app.B.SubjectIds[0]}/events?limit=1&cursor={eventCursor}")).StatusCode.Should().Be(HttpStatusCode.BadRequest);

            // Overview counts of B ignore A's cases and alerts.
            var overview = await b.GetAsync("/api/overview");
            overview.StatusCode.Should().Be(HttpStatusCode.OK);
            (await overview.Content.ReadAsStringAsync()).Should().NotContain("Person org-a");
        }
        finally
        {
            await app.DisposeAllAsync();
        }
    }
}
