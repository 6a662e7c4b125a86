using System.Net.Http.Json;
using System.Text.Json;
using AwesomeAssertions;
using Vigil.Core.Cases;
using Vigil.Core.Model;
using Vigil.Core.Scoring;
using Vigil.Storage;
using Vigil.Storage.Auth;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Dashboard;

/// <summary>Every filter and sort of the queue, walked in small pages, returns exactly the matching alerts of the
/// caller's organization in order: the hand-written page SQL must agree with the API's documented meaning on both
/// providers (GUIDs, instants and enums read back as stored).</summary>
public sealed class AlertQueueFilterPagingTests
{
    private const int Count = 60;

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Alert_queue_every_filter_and_sort_pages_exactly_the_matching_alerts(StorageProvider provider)
    {
        var app = await VigilApp.StartAsync(provider, runJobs: false);
        try
        {
            var org = await app.Database.EnsureOrganizationAsync("filters");
            var other = await app.Database.EnsureOrganizationAsync("other filters");
            var (_, key) = await ApiKeys.CreateAsync(app.Database, org.Id, "filter analyst", ApiRole.Analyst);
            var now = DateTimeOffset.UtcNow;
            var (alerts, names) = await SeedAsync(app.Database, org.Id, now);
            await SeedAsync(app.Database, other.Id, now);
            using var client = app.As(key);

            var cases = new (string Query, Func<Alert, bool> Match, Func<IEnumerable<Alert>, IEnumerable<Alert>> Order)[]
            {
                ("", _ => true, a => a.OrderByDescending(x => x.Score).ThenByDescending(x => x.Id, GuidOrder)),
                ("sort=score&dir=asc", _ => true, a => a.OrderBy(x => x.Score).ThenBy(x => x.Id, GuidOrder)),
                ("sort=created&dir=desc", _ => true, a => a.OrderByDescending(x => x.CreatedAt).ThenByDescending(x => x.Id, GuidOrder)),
                ("sort=updated&dir=asc", _ => true, a => a.OrderBy(x => x.UpdatedAt).ThenBy(x => x.Id, GuidOrder)),
                ("level=High,Review&status=Open", a => a.Level is RiskLevel.High or RiskLevel.Review && a.Status == AlertStatus.Open,
                    a => a.OrderByDescending(x => x.Score).ThenByDescending(x => x.Id, GuidOrder)),
                ("detector=vpn", a => a.DetectorIds.Split(',').Contains("vpn"), a => a.OrderByDescending(x => x.Score).ThenByDescending(x => x.Id, GuidOrder)),
                ("indicator=net-10", a => a.IndicatorIds.Split(',').Contains("NET-10"), a => a.OrderByDescending(x => x.Score).ThenByDescending(x => x.Id, GuidOrder)),
                ("assignee=ana", a => a.Assignee == "ana", a => a.OrderByDescending(x => x.Score).ThenByDescending(x => x.Id, GuidOrder)),
                ("assignee=-", a => a.Assignee is null, a => a.OrderByDescending(x => x.Score).ThenByDescending(x => x.Id, GuidOrder)),
                ("minAgeHours=24&sort=created&dir=asc", a => a.CreatedAt <= now.AddHours(-24).AddMinutes(30),
                    a => a.OrderBy(x => x.CreatedAt).ThenBy(x => x.Id, GuidOrder)),
                ("maxAgeHours=24", a => a.CreatedAt >= now.AddHours(-24).AddMinutes(30), a => a.OrderByDescending(x => x.Score).ThenByDescending(x => x.Id, GuidOrder)),
            };
            foreach (var (query, match, order) in cases)
            {
                var items = new List<JsonElement>();
                string? cursor = null;
                do
                {
                    var page = await client.GetFromJsonAsync<JsonElement>($"/api/alerts?limit=7&{query}{(cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))}");
                    items.AddRange(page.GetProperty("items").EnumerateArray());
                    cursor = page.GetProperty("next").ValueKind == JsonValueKind.String ? page.GetProperty("next").GetString() : null;
                }
                while (cursor is not null);
                var expected = order(alerts.Where(match)).ToList();
                expected.Should().NotBeEmpty(query);
                items.Select(i => i.GetProperty("id").GetGuid()).Should().Equal(expected.Select(a => a.Id), query);
                foreach (var (item, alert) in items.Zip(expected))
                {
                    item.GetProperty("subjectName").GetString().Should().Be(names[alert.SubjectId]);
                    item.GetProperty("level").GetString().Should().Be(alert.Level.ToString());
                    item.GetProperty("status").GetString().Should().Be(alert.Status.ToString());
                    item.GetProperty("assignee").ValueKind.Should().Be(alert.Assignee is null ? JsonValueKind.Null : JsonValueKind.String);
                    // PostgreSQL keeps microseconds, SQLite ticks.
                    item.GetProperty("createdAt").GetDateTimeOffset().Should().BeCloseTo(alert.CreatedAt, TimeSpan.FromMilliseconds(1), query);
                }
            }
        }
        finally
        {
            await app.DisposeAllAsync();
        }
    }

    /// <summary>The database's id order: SQLite compares EF's upper-case GUID text, PostgreSQL compares uuid bytes;
    /// both equal the order of the canonical text form.</summary>
    private static readonly IComparer<Guid> GuidOrder =
        Comparer<Guid>.Create((x, y) => string.CompareOrdinal(x.ToString("D").ToUpperInvariant(), y.ToString("D").ToUpperInvariant()));

    private static async Task<(List<Alert> Alerts, Dictionary<Guid, string> Names)> SeedAsync(VigilDatabase database, Guid orgId, DateTimeOffset now)
    {
        var subjects = new List<Subject>(Count);
        var alerts = new List<Alert>(Count);
        for (var i = 0; i < Count; i++)
        {
            var id = Guid.NewGuid();
            subjects.Add(new Subject { Id = id, OrgId = orgId, ExternalId = $"F{i:D3}", FullName = $"Filter Person {i}", CreatedAt = now, UpdatedAt = now });
            alerts.Add(new Alert
            {
                Id = Guid.NewGuid(), OrgId = orgId, SubjectId = id,
                Score = i % 9 * 10.0,
                Level = (i % 3) switch { 0 => RiskLevel.High, 1 => RiskLevel.Review, _ => RiskLevel.Clear },
                Status = i % 4 == 0 ? AlertStatus.Acknowledged : AlertStatus.Open,
                TopReason = "filter test",
                IndicatorIds = i % 2 == 0 ? "NET-10,PAY-05" : "PAY-05",
                DetectorIds = i % 5 == 0 ? "vpn,payout" : "payout",
                Assignee = (i % 3) switch { 0 => "ana", 1 => null, _ => "bo" },
                // Hourly steps: the age filters' hour-long margins never straddle an alert.
                CreatedAt = now.AddHours(-i).AddMinutes(-1), UpdatedAt = now.AddMinutes(-(i * 7 % 60)),
            });
        }
        await using var db = database.CreateContext(orgId);
        await using var tx = await db.Database.BeginTransactionAsync();
        await BulkWriter.InsertAsync(db, subjects);
        await BulkWriter.InsertAsync(db, alerts);
        await tx.CommitAsync();
        return (alerts, subjects.ToDictionary(s => s.Id, s => s.FullName));
    }
}
