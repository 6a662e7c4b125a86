using System.Net;
using System.Text;
using System.Text.Json;
using AwesomeAssertions;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage;
using Vigil.TestSupport;

namespace Vigil.Server.Tests;

public sealed class ScreenApiTests
{
    private static readonly string Resume = string.Join(' ', Enumerable.Range(0, 150).Select(i => $"skill{i} project{i * 7 % 13}"));

    private static StringContent Applicant(string id, string name, string payout, string resume) => new(
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["id"] = id,
            ["full_name"] = name,
            ["emails"] = new[] { $"{id}@example.com" },
            ["payout_accounts"] = new[] { new Dictionary<string, string> { ["kind"] = "payoneer", ["value"] = payout } },
            ["resume_text"] = resume,
            ["claimed_country"] = "US",
        }),
        Encoding.UTF8,
        "application/json");

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage r) =>
        JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.Clone();

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Screen_second_persona_sharing_payout_and_resume_is_flagged_with_evidence_and_stored(StorageProvider provider)
    {
        var app = await VigilApp.StartAsync(provider);
        try
        {
            var client = app.As(app.A.Ingest);
            var first = await client.PostAsync("/api/screen", Applicant("scr-1", "Daniel Moore", "ring@example.com", Resume));
            first.StatusCode.Should().Be(HttpStatusCode.OK);
            var firstBody = await ReadAsync(first);
            firstBody.GetProperty("result").GetProperty("level").GetString().Should().Be("clear");
            var firstId = firstBody.GetProperty("result").GetProperty("subjectId").GetGuid();

            var second = await client.PostAsync("/api/screen", Applicant("scr-2", "Kevin Lee", "RING@example.com", Resume + " extra"));

            second.StatusCode.Should().Be(HttpStatusCode.OK);
            var body = await ReadAsync(second);
            var result = body.GetProperty("result");
            result.GetProperty("id").GetString().Should().Be("scr-2");
            result.GetProperty("level").GetString().Should().Be("high");
            result.GetProperty("clusterId").GetString().Should().StartWith("C-");
            var findings = result.GetProperty("findings").EnumerateArray().ToList();
            var payout = findings.Single(f => f.GetProperty("detector").GetString() == "shared-payout-account");
            payout.GetProperty("indicator").GetString().Should().Be("PAY-05");
            payout.GetProperty("relatedSubjects").EnumerateArray().Select(e => e.GetGuid()).Should().Equal(firstId);
            payout.GetProperty("evidence").EnumerateArray().Should().Contain(e => e.GetProperty("value").GetString() == "Daniel Moore");
            findings.Should().Contain(f => f.GetProperty("indicator").GetString() == "PRF-04");
            body.GetProperty("explanation").EnumerateArray().Select(e => e.GetString()).Should().Contain(l => l!.Contains("shared-payout-account (PAY-05)"));
            body.GetProperty("compared").GetInt32().Should().Be(1);

            await using var db = app.Database.CreateContext(app.A.OrgId);
            var secondId = result.GetProperty("subjectId").GetGuid();
            (await db.Subjects.CountAsync(s => s.ExternalId == "scr-2")).Should().Be(1);
            var alert = await db.Alerts.SingleAsync(a => a.SubjectId == secondId);
            alert.IndicatorIds.Should().Contain("PAY-05");
        }
        finally
        {
            await app.DisposeAllAsync();
        }
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Screen_is_scoped_to_the_callers_organization(StorageProvider provider)
    {
        var app = await VigilApp.StartAsync(provider);
        try
        {
            (await app.As(app.A.Ingest).PostAsync("/api/screen", Applicant("iso-1", "Daniel Moore", "shared@example.com", Resume))).EnsureSuccessStatusCode();

            var r = await app.As(app.B.Ingest).PostAsync("/api/screen", Applicant("iso-2", "Kevin Lee", "shared@example.com", Resume));

            r.StatusCode.Should().Be(HttpStatusCode.OK);
            var body = await ReadAsync(r);
            body.GetProperty("result").GetProperty("findings").GetArrayLength().Should().Be(0);
            body.GetProperty("compared").GetInt32().Should().Be(0);
        }
        finally
        {
            await app.DisposeAllAsync();
        }
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Screen_invalid_body_is_a_validation_problem_naming_the_field_and_read_only_is_forbidden(StorageProvider provider)
    {
        var app = await VigilApp.StartAsync(provider);
        try
        {
            var client = app.As(app.A.Ingest);
            var bad = await client.PostAsync("/api/screen", new StringContent("""{"id":"x-1","full_name":"A B","applied_at":"not a date"}""", Encoding.UTF8, "application/json"));
            bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            bad.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            (await ReadAsync(bad)).GetProperty("errors").TryGetProperty("applied_at", out _).Should().BeTrue();

            var notJson = await client.PostAsync("/api/screen", new StringContent("{ nope", Encoding.UTF8, "application/json"));
            notJson.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            var empty = await client.PostAsync("/api/screen", new StringContent("", Encoding.UTF8, "application/json"));
            empty.StatusCode.Should().Be(HttpStatusCode.BadRequest);

            var forbidden = await app.As(app.A.ReadOnly).PostAsync("/api/screen", Applicant("x-2", "A B", "p@example.com", Resume));
            forbidden.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        }
        finally
        {
            await app.DisposeAllAsync();
        }
    }
}
