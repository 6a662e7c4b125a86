using System.Diagnostics;
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

/// <summary>
/// The dashboard's queue on 100,000 alerts: counts, filters and keyset paging all happen in the database, so the
/// browser only ever holds a page. Times are printed for the record, not asserted (speed lives in benchmarks).
/// </summary>
public sealed class AlertQueueAtScaleTests(ITestOutputHelper output)
{
    private const int AlertCount = 100_000;
    private static readonly string[] Indicators = ["PAY-05", "NET-10", "END-01", "FAC-01", "SHP-04"];

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Alert_queue_with_100000_alerts_counts_filters_and_pages_server_side(StorageProvider provider)
    {
        var app = await VigilApp.StartAsync(provider, runJobs: false);
        try
        {
            var org = await app.Database.EnsureOrganizationAsync("scale");
            var (_, key) = await ApiKeys.CreateAsync(app.Database, org.Id, "scale analyst", ApiRole.Analyst);
            var now = DateTimeOffset.UtcNow;
            var alerts = await SeedAsync(app.Database, org.Id, now);
            using var client = app.As(key);

            // One small request first, so the figures measure the queries rather than JIT and connection warm-up.
            (await client.GetAsync("/api/alerts?limit=1")).EnsureSuccessStatusCode();
            var clock = Stopwatch.StartNew();
            var counts = await client.GetFromJsonAsync<JsonElement>("/api/alerts/counts");
            var countsMs = clock.ElapsedMilliseconds;
            counts.GetProperty("total").GetInt32().Should().Be(AlertCount);
            foreach (var level in Enum.GetValues<RiskLevel>())
            {
                counts.GetProperty("byLevel").GetProperty(level.ToString()).GetInt32().Should().Be(alerts.Count(a => a.Level == level));
            }

            // Every open High alert, page by page (500 a page), in score order, none twice, none missed.
            var expected = alerts.Where(a => a.Level == RiskLevel.High && a.Status == AlertStatus.Open).ToList();
            var seen = new List<(Guid Id, double Score)>();
            string? cursor = null;
            clock.Restart();
            var firstPageMs = -1L;
            do
            {
                var page = await client.GetFromJsonAsync<JsonElement>($"/api/alerts?level=High&status=Open&limit=500{(cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))}");
                firstPageMs = firstPageMs < 0 ? clock.ElapsedMilliseconds : firstPageMs;
                seen.AddRange(page.GetProperty("items").EnumerateArray().Select(a => (a.GetProperty("id").GetGuid(), a.GetProperty("score").GetDouble())));
                cursor = page.GetProperty("next").ValueKind == JsonValueKind.String ? page.GetProperty("next").GetString() : null;
            }
            while (cursor is not null);
            var allPagesMs = clock.ElapsedMilliseconds;
            // Set comparisons: equivalence assertions on collections this size are quadratic.
            seen.Count.Should().Be(expected.Count);
            seen.Select(s => s.Id).ToHashSet().SetEquals(expected.Select(a => a.Id)).Should().BeTrue("every open High alert is on exactly one page");
            seen.Select(s => s.Score).Should().BeInDescendingOrder();

            // Indicator and age filters, counted and listed by the server.
            clock.Restart();
            var net10 = await client.GetFromJsonAsync<JsonElement>("/api/alerts/counts?indicator=NET-10&maxAgeHours=168");
            var net10First = await client.GetFromJsonAsync<JsonElement>("/api/alerts?indicator=NET-10&maxAgeHours=168&sort=created&limit=50");
            var filterMs = clock.ElapsedMilliseconds;
            var recent = alerts.Where(a => a.IndicatorIds == "NET-10" && a.CreatedAt >= now.AddHours(-168)).ToList();
            net10.GetProperty("total").GetInt32().Should().Be(recent.Count);
            net10First.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetGuid())
                .Should().Equal(recent.OrderByDescending(a => a.CreatedAt).Take(50).Select(a => a.Id));

            var line = $"{DateTimeOffset.UtcNow:u} {provider}, {AlertCount:N0} alerts: counts {countsMs} ms; first High page {firstPageMs} ms, " +
                $"all {seen.Count:N0} in {allPagesMs} ms; indicator+age filter counts and first page {filterMs} ms; load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}";
            output.WriteLine(line);
            var artifacts = Path.Combine(RepoPaths.Root, "artifacts", "test");
            Directory.CreateDirectory(artifacts);
            await File.AppendAllTextAsync(Path.Combine(artifacts, "queue-scale-timings.txt"), line + Environment.NewLine);
        }
        finally
        {
            await app.DisposeAllAsync();
        }
    }

    private static async Task<List<Alert>> SeedAsync(VigilDatabase database, Guid orgId, DateTimeOffset now)
    {
        var subjects = new List<Subject>(AlertCount);
        var alerts = new List<Alert>(AlertCount);
        for (var i = 0; i < AlertCount; i++)
        {
            var id = Guid.NewGuid();
            subjects.Add(new Subject { Id = id, OrgId = orgId, ExternalId = $"S{i:D6}", FullName = $"Scale Person {i}", CreatedAt = now, UpdatedAt = now });
            var indicator = Indicators[i % Indicators.Length];
            alerts.Add(new Alert
            {
                Id = Guid.NewGuid(), OrgId = orgId, SubjectId = id,
                // Scores repeat (ties) so the keyset's id tie-break is exercised.
                Score = i % 1000 / 10.0,
                Level = (i % 10) switch { < 2 => RiskLevel.High, < 5 => RiskLevel.Review, _ => RiskLevel.Clear },
                Status = (i % 7) switch { 0 => AlertStatus.Suppressed, 1 => AlertStatus.Closed, _ => AlertStatus.Open },
                TopReason = "scale test", IndicatorIds = indicator, DetectorIds = "detector-" + indicator.ToLowerInvariant(),
                // Unique creation times 10 s apart, so the newest-first order has no ties: half within the last 6 days,
                // half from 10 days back, so the 7-day filter's cutoff falls in the gap however late the server reads its clock.
                CreatedAt = i < AlertCount / 2 ? now.AddSeconds(-10.0 * i) : now.AddDays(-10).AddSeconds(-10.0 * i), UpdatedAt = now,
            });
        }
        await using var db = database.CreateContext(orgId);
        await using var tx = await db.Database.BeginTransactionAsync();
        await BulkWriter.InsertAsync(db, subjects);
        await BulkWriter.InsertAsync(db, alerts);
        await tx.CommitAsync();
        return alerts;
    }
}
