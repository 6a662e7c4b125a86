using System.Net;
using System.Text.Json;
using AwesomeAssertions;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Vigil.Core.Cases;
using Vigil.Core.Model;
using Vigil.Core.Scoring;
using Vigil.Server.Contracts;
using Vigil.Storage;
using Vigil.TestSupport;

namespace Vigil.Server.Tests;

/// <summary>The alert list reads through its own connections (no EF context) and writes its page with a generated
/// serializer: what it answers must be exactly what the API's JSON options would write, and its kept-open connections
/// must see every change committed before each page.</summary>
public sealed class AlertListReaderTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Alert_page_is_byte_for_byte_what_the_api_json_options_write(StorageProvider provider)
    {
        var app = await VigilApp.StartAsync(provider, runJobs: false);
        try
        {
            using var client = app.As(app.A.ReadOnly);
            var options = app.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            string? cursor = null;
            var pages = 0;
            do
            {
                using var response = await client.GetAsync("/api/alerts?limit=2" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
                response.StatusCode.Should().Be(HttpStatusCode.OK);
                response.Content.Headers.ContentType!.ToString().Should().Be("application/json; charset=utf-8");
                var body = await response.Content.ReadAsByteArrayAsync();
                response.Content.Headers.ContentLength.Should().Be(body.Length);
                var page = JsonSerializer.Deserialize<AlertPage>(body, options)!;
                body.Should().Equal(JsonSerializer.SerializeToUtf8Bytes(page, options));
                using var doc = JsonDocument.Parse(body);
                // The last page says so explicitly ("next": null), as clients were written against.
                doc.RootElement.TryGetProperty("next", out var next).Should().BeTrue();
                cursor = next.ValueKind == JsonValueKind.String ? next.GetString() : null;
                pages++;
            }
            while (cursor is not null);
            pages.Should().Be(2, "the seed holds three alerts of org A");
        }
        finally
        {
            await app.DisposeAllAsync();
        }
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Alert_list_sees_changes_committed_after_its_connections_were_opened(StorageProvider provider)
    {
        var app = await VigilApp.StartAsync(provider, runJobs: false);
        try
        {
            using var client = app.As(app.A.ReadOnly);
            (await ItemsAsync(client, "")).Should().HaveCount(3);

            var added = Guid.NewGuid();
            await using (var db = app.Database.CreateContext(app.A.OrgId))
            {
                var now = DateTimeOffset.UtcNow;
                var subject = new Subject { Id = Guid.NewGuid(), OrgId = app.A.OrgId, ExternalId = "late", FullName = "Late Arrival", CreatedAt = now, UpdatedAt = now };
                db.Subjects.Add(subject);
                db.Alerts.Add(new Alert { Id = added, OrgId = app.A.OrgId, SubjectId = subject.Id, Score = 42, Level = RiskLevel.Review, CreatedAt = now, UpdatedAt = now });
                var first = await db.Alerts.FirstAsync(a => a.Id == app.A.AlertIds[0]);
                first.Status = AlertStatus.Suppressed;
                await db.SaveChangesAsync();
            }

            var items = await ItemsAsync(client, "");
            items.Should().HaveCount(4);
            items.Should().Contain(i => i.GetProperty("id").GetGuid() == added && i.GetProperty("subjectName").GetString() == "Late Arrival");
            var suppressed = await ItemsAsync(client, "&status=Suppressed");
            suppressed.Select(i => i.GetProperty("id").GetGuid()).Should().Equal(app.A.AlertIds[0]);
            // Org B's reader sees none of it.
            using var other = app.As(app.B.ReadOnly);
            (await ItemsAsync(other, "")).Select(i => i.GetProperty("id").GetGuid()).Should().NotContain([added, app.A.AlertIds[0]]);
        }
        finally
        {
            await app.DisposeAllAsync();
        }
    }

    private static async Task<List<JsonElement>> ItemsAsync(HttpClient client, string query)
    {
        var page = await TestHttp.ReadAsync(await client.GetAsync("/api/alerts?limit=100" + query));
        return [.. page.GetProperty("items").EnumerateArray()];
    }
}
