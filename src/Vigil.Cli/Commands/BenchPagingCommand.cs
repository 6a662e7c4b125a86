using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Vigil.Core.Cases;
using Vigil.Core.Model;
using Vigil.Core.Scoring;
using Vigil.Server;
using Vigil.Storage;
using Vigil.Storage.Auth;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil bench paging</c>: how many alert-list pages per second the server answers while clients walk the list
/// with cursors (target: 2,000 pages/s). By default it is self-contained: a temporary SQLite database (or
/// <c>--postgres</c>) seeded with <c>--alerts</c> alerts, a real server on a loopback port, real HTTP. With
/// <c>--url</c> and <c>--key</c> it walks an existing server instead.
/// </summary>
public static class BenchPagingCommand
{
    public static Command Create()
    {
        var command = new Command("paging", "Alert list paging throughput (pages/s) over HTTP with cursors, self-hosted on a seeded database or against --url");
        var url = new Option<string?>("--url") { Description = "An existing server to walk (default: start one on a seeded temporary database)" };
        var key = new Option<string?>("--key") { Description = "API key for --url (default: $VIGIL_API_KEY)" };
        var postgres = new Option<string?>("--postgres") { Description = "Self-hosted mode: seed this PostgreSQL (a fresh organization) instead of a temporary SQLite file" };
        var alerts = new Option<int>("--alerts") { Description = "Self-hosted mode: alerts to seed", DefaultValueFactory = _ => 20_000 };
        var limit = new Option<int>("--limit") { Description = "Page size", DefaultValueFactory = _ => 50 };
        var clients = new Option<int>("--clients") { Description = "Concurrent clients, each walking the list page by page", DefaultValueFactory = _ => 8 };
        var duration = new Option<int>("--duration") { Description = "Measured seconds", DefaultValueFactory = _ => 15 };
        var warmup = new Option<int>("--warmup") { Description = "Unmeasured seconds first", DefaultValueFactory = _ => 3 };
        var json = new Option<bool>("--json") { Description = "Print the results as JSON" };
        foreach (var o in new Option[] { url, key, postgres, alerts, limit, clients, duration, warmup, json })
        {
            command.Options.Add(o);
        }
        command.SetAction(async (parse, ct) =>
        {
            var quiet = parse.GetValue(json);
            WebApplication? server = null;
            string? tempDir = null;
            string baseUrl;
            string secret;
            var seedSeconds = 0.0;
            try
            {
                if (parse.GetValue(url) is { } external)
                {
                    baseUrl = external;
                    secret = parse.GetValue(key) ?? Environment.GetEnvironmentVariable("VIGIL_API_KEY")
                        ?? throw new CliException("bench paging: give --key or set VIGIL_API_KEY with --url", 2);
                }
                else
                {
                    StorageOptions storage;
                    if (parse.GetValue(postgres) is { } pg)
                    {
                        storage = StorageOptions.ForPostgres(pg);
                    }
                    else
                    {
                        tempDir = Path.Combine(Path.GetTempPath(), "vigil-bench-paging-" + Guid.NewGuid().ToString("N"));
                        Directory.CreateDirectory(tempDir);
                        storage = StorageOptions.ForSqlite(Path.Combine(tempDir, "bench.db"));
                    }
                    var sw = Stopwatch.StartNew();
                    secret = await SeedAsync(storage, parse.GetValue(alerts), ct);
                    seedSeconds = sw.Elapsed.TotalSeconds;
                    var port = FreePort();
                    baseUrl = $"http://127.0.0.1:{port}";
                    server = VigilServer.Build([], b =>
                    {
                        ServeCommand.Configure(b, storage, baseUrl);
                        b.Configuration["Logging:LogLevel:Default"] = "Warning";
                        b.Configuration["Vigil:Intel:LoadAsn"] = "false";
                        b.Configuration["Vigil:Intel:LoadGeo"] = "false";
                    });
                    await server.StartAsync(ct);
                    if (!quiet)
                    {
                        Console.WriteLine($"bench paging: seeded {parse.GetValue(alerts):N0} alerts into {storage.Describe()} in {seedSeconds:N1} s; server on {baseUrl}");
                    }
                }
                using var client = BenchHttpStats.Client(baseUrl, secret, TimeSpan.FromSeconds(30));
                var size = parse.GetValue(limit);
                var n = Math.Max(1, parse.GetValue(clients));
                await WalkAsync(client, size, n, parse.GetValue(warmup), null, ct);
                var stats = new BenchHttpStats();
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var started = Stopwatch.StartNew();
                var walked = await WalkAsync(client, size, n, parse.GetValue(duration), stats, ct);
                var seconds = started.Elapsed.TotalSeconds;
                // CPU per page does not depend on what else the machine runs: with a self-hosted server it covers the
                // server and the client, so cores / cpu-per-page bounds the pages/s an idle machine reaches.
                var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
                stats.Print($"bench paging: GET /api/alerts?limit={size} with cursors, {n} clients", seconds,
                [
                    ("pages_per_second", (stats.Completed / seconds).ToString("F0", CultureInfo.InvariantCulture)),
                    ("full_walks", walked.ToString(CultureInfo.InvariantCulture)),
                    ("page_size", size.ToString(CultureInfo.InvariantCulture)),
                    ("clients", n.ToString(CultureInfo.InvariantCulture)),
                    ("target_pages_per_second", "2000"),
                    ("cpu_ms_per_page_this_process", (cpuMs / Math.Max(1, stats.Completed)).ToString("F2", CultureInfo.InvariantCulture)),
                    ("cores", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)),
                ], quiet);
                return stats.Errors == 0 ? 0 : 3;
            }
            finally
            {
                if (server is not null)
                {
                    await server.StopAsync(CancellationToken.None);
                    await server.DisposeAsync();
                }
                if (tempDir is not null)
                {
                    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                    try
                    {
                        Directory.Delete(tempDir, recursive: true);
                    }
                    catch (IOException)
                    {
                    }
                }
            }
        });
        return command;
    }

    /// <summary>Each client walks the whole list by cursor, then starts again; returns how many walks finished.</summary>
    private static async Task<int> WalkAsync(HttpClient client, int size, int clients, int seconds, BenchHttpStats? stats, CancellationToken ct)
    {
        var until = Stopwatch.StartNew();
        var walks = 0;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            string? cursor = null;
            while (until.Elapsed.TotalSeconds < seconds && !ct.IsCancellationRequested)
            {
                var t = Stopwatch.GetTimestamp();
                string? error = null;
                try
                {
                    using var r = await client.GetAsync($"/api/alerts?limit={size}" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)), ct);
                    if (!r.IsSuccessStatusCode)
                    {
                        error = "HTTP " + (int)r.StatusCode;
                        cursor = null;
                    }
                    else
                    {
                        await using var body = await r.Content.ReadAsStreamAsync(ct);
                        using var doc = await JsonDocument.ParseAsync(body, cancellationToken: ct);
                        cursor = doc.RootElement.TryGetProperty("next", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
                        if (cursor is null)
                        {
                            Interlocked.Increment(ref walks);
                        }
                    }
                }
                catch (HttpRequestException e)
                {
                    error = e.HttpRequestError.ToString();
                    cursor = null;
                }
                stats?.Record((long)Stopwatch.GetElapsedTime(t).TotalMicroseconds, error);
            }
        }));
        return walks;
    }

    /// <summary>A fresh organization with <paramref name="count"/> subjects and alerts (scores spread so the sort does
    /// real work, many ties so the cursor's tie-break matters) and a read-only key.</summary>
    private static async Task<string> SeedAsync(StorageOptions storage, int count, CancellationToken ct)
    {
        var database = new VigilDatabase(storage);
        await database.MigrateAsync(ct);
        var org = await database.EnsureOrganizationAsync("bench-paging-" + Guid.NewGuid().ToString("N")[..8], cancellationToken: ct);
        var now = DateTimeOffset.UtcNow;
        var random = new Random(20261123);
        for (var start = 0; start < count; start += 5000)
        {
            await using var db = database.CreateContext(org.Id);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = start; i < Math.Min(count, start + 5000); i++)
            {
                var subject = new Subject { Id = Guid.NewGuid(), OrgId = org.Id, ExternalId = "bench-" + i, FullName = "Bench Subject " + i, CreatedAt = now, UpdatedAt = now };
                db.Subjects.Add(subject);
                var score = random.Next(0, 100);
                db.Alerts.Add(new Alert
                {
                    Id = Guid.NewGuid(), OrgId = org.Id, SubjectId = subject.Id, Score = score, Level = score >= 70 ? RiskLevel.High : RiskLevel.Review,
                    TopReason = "Payout account shared with another applicant", IndicatorIds = "PAY-05", DetectorIds = "shared-payout-account",
                    CreatedAt = now.AddSeconds(-i), UpdatedAt = now,
                });
            }
            await db.SaveChangesAsync(ct);
        }
        return (await ApiKeys.CreateAsync(database, org.Id, "bench-paging", ApiRole.ReadOnly, cancellationToken: ct)).Secret;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
