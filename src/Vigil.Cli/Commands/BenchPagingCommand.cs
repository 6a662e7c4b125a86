using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
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
/// <c>--postgres</c>) seeded with <c>--alerts</c> alerts, a real server on a loopback port, real HTTP; with
/// <c>--process</c> that server is a separate <c>vigil serve</c> process, as an operator runs it. With <c>--url</c> and
/// <c>--key</c> it walks an existing server instead (<c>--pid</c> adds that server's CPU time).
/// </summary>
/// <remarks>The load side is kept lean because on a small machine it competes with the server for the same cores:
/// keep-alive connections, the body read into a reused buffer, and the cursor found by its property name instead of
/// parsing the page into a document. CPU per page is reported per process when the server runs apart.</remarks>
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
        var process = new Option<bool>("--process") { Description = "Self-hosted mode: run the server as a separate `vigil serve` process instead of inside this one (reports server and client CPU apart)" };
        var pid = new Option<int?>("--pid") { Description = "With --url: the server's process id, to report its CPU time per page" };
        var json = new Option<bool>("--json") { Description = "Print the results as JSON" };
        foreach (var o in new Option[] { url, key, postgres, alerts, limit, clients, duration, warmup, process, pid, json })
        {
            command.Options.Add(o);
        }
        command.SetAction(async (parse, ct) =>
        {
            var quiet = parse.GetValue(json);
            WebApplication? server = null;
            Process? child = null;
            int? serverPid = null;
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
                    serverPid = parse.GetValue(pid);
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
                    if (parse.GetValue(process))
                    {
                        child = StartServeProcess(storage, baseUrl);
                        serverPid = child.Id;
                        await WaitUntilLiveAsync(baseUrl, child, ct);
                    }
                    else
                    {
                        server = VigilServer.Build([], b =>
                        {
                            ServeCommand.Configure(b, storage, baseUrl);
                            b.Configuration["Logging:LogLevel:Default"] = "Warning";
                            b.Configuration["Vigil:Intel:LoadAsn"] = "false";
                            b.Configuration["Vigil:Intel:LoadGeo"] = "false";
                        });
                        await server.StartAsync(ct);
                    }
                    if (!quiet)
                    {
                        Console.WriteLine($"bench paging: seeded {parse.GetValue(alerts):N0} alerts into {storage.Describe()} in {seedSeconds:N1} s; "
                            + $"server on {baseUrl}{(child is null ? " (in this process)" : $" (vigil serve, pid {child.Id})")}");
                    }
                }
                using var client = BenchHttpStats.Client(baseUrl, secret, TimeSpan.FromSeconds(30));
                var size = parse.GetValue(limit);
                var n = Math.Max(1, parse.GetValue(clients));
                await WalkAsync(client, size, n, parse.GetValue(warmup), null, ct);
                var stats = new BenchHttpStats();
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var serverCpuBefore = serverPid is { } sp ? CpuTime(sp) : null;
                var started = Stopwatch.StartNew();
                var walked = await WalkAsync(client, size, n, parse.GetValue(duration), stats, ct);
                var seconds = started.Elapsed.TotalSeconds;
                // CPU per page does not depend much on what else the machine runs: with the server in this process it
                // covers server and client, so cores / cpu-per-page bounds the pages/s an idle machine reaches.
                var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
                var serverCpuMs = serverPid is { } sp2 && serverCpuBefore is { } b0 && CpuTime(sp2) is { } b1 ? (b1 - b0).TotalMilliseconds : (double?)null;
                var pages = Math.Max(1, stats.Completed);
                var figures = new List<(string, string)>
                {
                    ("pages_per_second", (stats.Completed / seconds).ToString("F0", CultureInfo.InvariantCulture)),
                    ("full_walks", walked.ToString(CultureInfo.InvariantCulture)),
                    ("page_size", size.ToString(CultureInfo.InvariantCulture)),
                    ("clients", n.ToString(CultureInfo.InvariantCulture)),
                    ("target_pages_per_second", "2000"),
                    ("server", server is not null ? "in this process" : child is not null ? "vigil serve process" : "external " + baseUrl),
                    (server is not null ? "cpu_ms_per_page_this_process" : "cpu_ms_per_page_client", (cpuMs / pages).ToString("F3", CultureInfo.InvariantCulture)),
                    ("cores", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)),
                };
                if (serverCpuMs is { } ms)
                {
                    figures.Add(("cpu_ms_per_page_server", (ms / pages).ToString("F3", CultureInfo.InvariantCulture)));
                    figures.Add(("cpu_ms_per_page_total", ((ms + cpuMs) / pages).ToString("F3", CultureInfo.InvariantCulture)));
                    figures.Add(("server_rss_mb", BenchHttpStats.RssMb(serverPid!.Value)?.ToString("F0", CultureInfo.InvariantCulture) ?? "n/a"));
                }
                stats.Print($"bench paging: GET /api/alerts?limit={size} with cursors, {n} clients", seconds, figures, quiet);
                return stats.Errors == 0 ? 0 : 3;
            }
            finally
            {
                if (server is not null)
                {
                    await server.StopAsync(CancellationToken.None);
                    await server.DisposeAsync();
                }
                if (child is not null)
                {
                    if (!child.HasExited)
                    {
                        child.Kill(entireProcessTree: true);
                    }
                    await child.WaitForExitAsync(CancellationToken.None);
                    child.Dispose();
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
        var first = $"/api/alerts?limit={size}";
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            string? cursor = null;
            var buffer = new byte[64 * 1024];
            while (until.Elapsed.TotalSeconds < seconds && !ct.IsCancellationRequested)
            {
                var t = Stopwatch.GetTimestamp();
                string? error = null;
                try
                {
                    using var r = await client.GetAsync(cursor is null ? first : first + "&cursor=" + Uri.EscapeDataString(cursor),
                        HttpCompletionOption.ResponseHeadersRead, ct);
                    if (!r.IsSuccessStatusCode)
                    {
                        error = "HTTP " + (int)r.StatusCode;
                        cursor = null;
                    }
                    else
                    {
                        await using var body = await r.Content.ReadAsStreamAsync(ct);
                        var length = 0;
                        int read;
                        while ((read = await body.ReadAsync(buffer.AsMemory(length), ct)) > 0)
                        {
                            length += read;
                            if (length == buffer.Length)
                            {
                                Array.Resize(ref buffer, buffer.Length * 2);
                            }
                        }
                        cursor = NextCursor(buffer.AsSpan(0, length), out var malformed);
                        if (malformed)
                        {
                            error = "malformed page";
                        }
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

    /// <summary>The page's <c>next</c> cursor, read without parsing the page: it is the last top-level property
    /// (<c>AlertPage(Items, Next)</c>), and the sequence <c>"next":</c> cannot occur unescaped inside an item's strings.
    /// The last byte must close the object, so a truncated body counts as malformed.</summary>
    internal static string? NextCursor(ReadOnlySpan<byte> page, out bool malformed)
    {
        malformed = page.IsEmpty || page[^1] != (byte)'}';
        var at = page.LastIndexOf("\"next\":"u8);
        if (malformed || at < 0)
        {
            return null;
        }
        var reader = new Utf8JsonReader(page[(at + 7)..], isFinalBlock: false, state: default);
        if (!reader.Read())
        {
            malformed = true;
            return null;
        }
        return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
    }

    /// <summary>Starts <c>vigil serve</c> (this same build) on the seeded database, without the IP data sets (as the
    /// in-process server), with the default logging an operator gets.</summary>
    private static Process StartServeProcess(StorageOptions storage, string baseUrl)
    {
        var info = new ProcessStartInfo { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        var host = Environment.ProcessPath ?? "dotnet";
        info.FileName = host;
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            info.ArgumentList.Add(typeof(BenchPagingCommand).Assembly.Location);
        }
        info.ArgumentList.Add("serve");
        if (storage.PostgresConnectionString is { } pg)
        {
            info.ArgumentList.Add("--postgres");
            info.ArgumentList.Add(pg);
        }
        else
        {
            info.ArgumentList.Add("--db");
            info.ArgumentList.Add(storage.SqlitePath);
        }
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(baseUrl);
        info.Environment["Vigil__Intel__LoadAsn"] = "false";
        info.Environment["Vigil__Intel__LoadGeo"] = "false";
        var child = Process.Start(info) ?? throw new CliException("bench paging: could not start vigil serve", 1);
        // Drain its output so a chatty server never blocks on a full pipe.
        child.OutputDataReceived += (_, _) => { };
        child.ErrorDataReceived += (_, _) => { };
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        return child;
    }

    private static async Task WaitUntilLiveAsync(string baseUrl, Process child, CancellationToken ct)
    {
        using var probe = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (child.HasExited)
            {
                throw new CliException($"bench paging: vigil serve exited with code {child.ExitCode}", 1);
            }
            try
            {
                using var r = await probe.GetAsync("/health/live", ct);
                if (r.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
            }
            await Task.Delay(250, ct);
        }
        throw new CliException("bench paging: vigil serve did not answer /health/live within 3 minutes", 1);
    }

    /// <summary>User + system CPU time of a process (Linux /proc), or null when it is gone.</summary>
    private static TimeSpan? CpuTime(int pid)
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            return p.TotalProcessorTime;
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
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
        var secret = (await ApiKeys.CreateAsync(database, org.Id, "bench-paging", ApiRole.ReadOnly, cancellationToken: ct)).Secret;
        if (storage.Provider == StorageProvider.Sqlite)
        {
            // Bulk seeding leaves every page it wrote in the write-ahead log, and readers look each page up there first
            // until a later write resets the log. A running server checkpoints as it goes; measure that steady state.
            await using var db = database.CreateContext();
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)", ct);
        }
        return secret;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
