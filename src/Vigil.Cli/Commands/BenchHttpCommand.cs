using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil bench http</c>: an open-loop load generator for a running <c>vigil serve</c>. Requests are started on a
/// fixed schedule (<c>--rps</c>) whether or not earlier ones have answered, and latency is measured from each
/// request's scheduled start, so a slow server shows up as latency rather than as a quietly lower rate
/// (no coordinated omission). Reports achieved rate, p50/p95/p99/max, errors (a timeout is an error), and, with
/// <c>--pid</c> and <c>--postgres</c>, the CPU each request cost in the server, in PostgreSQL and in this tool, the
/// server's resident memory every second, and (from its <c>/metrics</c>) its garbage collections and GC pause time.
/// </summary>
/// <remarks>The scheduler sleeps until the next request is due and then starts every request that is due; it never
/// spins, so on a small machine the tool takes little CPU from the server it measures. A request started late by
/// the timer's millisecond resolution is charged that lateness (the latency counts from the schedule).</remarks>
public static class BenchHttpCommand
{
    public static Command Create()
    {
        var command = new Command("http", "Open-loop HTTP load against a running server: achieved rps, p50/p95/p99 latency, errors, CPU per request, server memory");
        var url = new Option<string>("--url") { Description = "Server base URL", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var key = new Option<string?>("--key") { Description = "API key (default: $VIGIL_API_KEY)" };
        var path = new Option<string>("--path") { Description = "Path and query to request, e.g. /api/alerts?limit=50 or /api/screen", DefaultValueFactory = _ => "/api/alerts?limit=50" };
        var method = new Option<string>("--method") { Description = "GET or POST (POST when --body or --bodies is given)", DefaultValueFactory = _ => "GET" };
        var body = new Option<FileInfo?>("--body") { Description = "JSON file sent as the body of every request" };
        var bodies = new Option<FileInfo?>("--bodies") { Description = "JSON Lines file: one body per line, used in turn (e.g. many applicants for /api/screen)" };
        var skip = new Option<int>("--skip") { Description = "Start at this line of --bodies (a second run on fresh bodies: /api/screen stores every body it screens)", DefaultValueFactory = _ => 0 };
        var rps = new Option<int>("--rps") { Description = "Requests started per second", DefaultValueFactory = _ => 200 };
        var duration = new Option<int>("--duration") { Description = "Measured seconds", DefaultValueFactory = _ => 60 };
        var warmup = new Option<int>("--warmup") { Description = "Unmeasured seconds at the same rate first (JIT, connection pool, caches)", DefaultValueFactory = _ => 5 };
        var pid = new Option<int?>("--pid") { Description = "Server process id: its CPU per request and its resident memory every second (Linux)" };
        var postgres = new Option<string?>("--postgres") { Description = "Connection string of the server's PostgreSQL database, when it runs on this machine: CPU of its backends per request" };
        var timeout = new Option<int>("--timeout") { Description = "Per-request timeout in seconds (a timeout counts as an error)", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "Print the results as JSON" };
        foreach (var o in new Option[] { url, key, path, method, body, bodies, skip, rps, duration, warmup, pid, postgres, timeout, json })
        {
            command.Options.Add(o);
        }
        command.SetAction(async (parse, ct) =>
        {
            var secret = parse.GetValue(key) ?? Environment.GetEnvironmentVariable("VIGIL_API_KEY")
                ?? throw new CliException("bench http: give --key or set VIGIL_API_KEY", 2);
            var payloads = LoadBodies(parse.GetValue(body), parse.GetValue(bodies), parse.GetValue(skip));
            var verb = payloads.Count > 0 ? HttpMethod.Post : new HttpMethod(parse.GetValue(method)!.ToUpperInvariant());
            var rate = parse.GetValue(rps);
            if (rate is < 1 or > 100_000 || parse.GetValue(duration) < 1)
            {
                throw new CliException("bench http: --rps must be 1..100000 and --duration at least 1", 2);
            }
            using var client = BenchHttpStats.Client(parse.GetValue(url)!, secret, TimeSpan.FromSeconds(parse.GetValue(timeout)));
            var target = parse.GetValue(path)!;
            var quiet = parse.GetValue(json);
            var warmupSeconds = parse.GetValue(warmup);
            if (!quiet)
            {
                Console.WriteLine($"bench http: {verb} {target} at {rate}/s, {warmupSeconds} s warm-up + {parse.GetValue(duration)} s measured");
            }
            // Warm-up bodies come after the measured ones, so the measured requests screen the same bodies whatever
            // the warm-up length.
            var measuredCount = (long)rate * parse.GetValue(duration);
            await RunAsync(client, verb, target, payloads, measuredCount, rate, warmupSeconds, null, ct);
            var stats = new BenchHttpStats();
            using var metricsClient = new HttpClient { BaseAddress = new Uri(parse.GetValue(url)!), Timeout = TimeSpan.FromSeconds(10) };
            await using var monitor = new BenchResourceMonitor(parse.GetValue(pid), parse.GetValue(postgres), metricsClient);
            await monitor.StartAsync(ct);
            var started = Stopwatch.StartNew();
            await RunAsync(client, verb, target, payloads, 0, rate, parse.GetValue(duration), stats, ct);
            var seconds = Math.Max(parse.GetValue(duration), started.Elapsed.TotalSeconds);
            var (serverCpu, postgresCpu, toolCpu) = await monitor.StopAsync(ct);
            var rss = monitor.RssSamples;
            var requests = Math.Max(1, stats.Completed);
            var extra = new List<(string, string)>
            {
                ("target_rps", rate.ToString(CultureInfo.InvariantCulture)),
                ("method_path", $"{verb} {target}"),
                ("cpu_ms_per_request_server", PerRequest(serverCpu, requests)),
                ("cpu_ms_per_request_postgres", PerRequest(postgresCpu, requests)),
                ("cpu_ms_per_request_load_tool", PerRequest(toolCpu, requests)),
                ("cores", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)),
            };
            foreach (var (name, value) in monitor.GcDelta.OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                extra.Add(("server_" + name, value.ToString("F0", CultureInfo.InvariantCulture)));
            }
            var series = new Dictionary<string, IReadOnlyList<double>>(StringComparer.Ordinal);
            if (rss.Count > 0)
            {
                extra.Add(("server_rss_start_mb", Mb(rss[0])));
                extra.Add(("server_rss_max_mb", Mb(rss.Max())));
                extra.Add(("server_rss_end_mb", Mb(rss[^1])));
                extra.Add(("server_rss_second_half_range_mb", SecondHalfRange(rss)));
                series["server_rss_mb"] = rss;
            }
            stats.Print($"bench http {verb} {target}", seconds, extra, quiet, series);
            return stats.Errors == 0 ? 0 : 3;
        });
        return command;
    }

    private static string Mb(double mb) => mb.ToString("F0", CultureInfo.InvariantCulture);

    private static string PerRequest(double? cpuMs, long requests) =>
        cpuMs is { } ms ? (ms / requests).ToString("F2", CultureInfo.InvariantCulture) : "n/a";

    /// <summary>Lowest and highest RSS over the second half of the run: memory that is flat stays in a narrow band
    /// once the heap has reached its working size, memory that leaks keeps rising through it.</summary>
    private static string SecondHalfRange(IReadOnlyList<double> rss)
    {
        var half = rss.Skip(rss.Count / 2).ToList();
        return $"{Mb(half.Min())}-{Mb(half.Max())}";
    }

    private static List<byte[]> LoadBodies(FileInfo? one, FileInfo? many, int skip)
    {
        var list = new List<byte[]>();
        if (one is not null)
        {
            list.Add(File.ReadAllBytes(one.FullName));
        }
        if (many is not null)
        {
            list.AddRange(File.ReadLines(many.FullName).Where(l => !string.IsNullOrWhiteSpace(l)).Skip(Math.Max(0, skip)).Select(Encoding.UTF8.GetBytes));
            if (list.Count == 0)
            {
                throw new CliException($"bench http: {many.FullName} has no bodies after line {skip}", 2);
            }
        }
        return list;
    }

    /// <summary>Starts request i at <c>i / rate</c> seconds (body <c>first + i</c>, in turn); waits for stragglers at the end.</summary>
    private static async Task RunAsync(HttpClient client, HttpMethod verb, string target, List<byte[]> payloads, long first, int rate, int seconds,
        BenchHttpStats? stats, CancellationToken ct)
    {
        var total = (long)rate * seconds;
        var inFlight = new List<Task>((int)Math.Min(total, 1_000_000));
        var clock = Stopwatch.StartNew();
        long i = 0;
        while (i < total && !ct.IsCancellationRequested)
        {
            // Every request due by now starts now (after a late wake-up, several at once), each timed from its own slot.
            var due = Math.Min(total, (long)(clock.Elapsed.TotalSeconds * rate) + 1);
            for (; i < due; i++)
            {
                var scheduledTicks = (long)((double)i / rate * Stopwatch.Frequency);
                var payload = payloads.Count == 0 ? null : payloads[(int)((first + i) % payloads.Count)];
                inFlight.Add(SendAsync(client, verb, target, payload, clock, scheduledTicks, stats));
            }
            var wait = (double)i / rate - clock.Elapsed.TotalSeconds;
            if (i < total && wait > 0)
            {
                await Task.Delay(TimeSpan.FromSeconds(wait), ct);
            }
        }
        await Task.WhenAll(inFlight);
    }

    private static async Task SendAsync(HttpClient client, HttpMethod verb, string target, byte[]? payload, Stopwatch clock, long scheduledTicks, BenchHttpStats? stats)
    {
        string? error = null;
        try
        {
            using var request = new HttpRequestMessage(verb, target);
            if (payload is not null)
            {
                request.Content = new ByteArrayContent(payload);
                request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            }
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            if (!response.IsSuccessStatusCode)
            {
                error = "HTTP " + (int)response.StatusCode;
            }
        }
        catch (TaskCanceledException)
        {
            error = "timeout";
        }
        catch (HttpRequestException e)
        {
            error = e.HttpRequestError.ToString();
        }
        var micros = (clock.ElapsedTicks - scheduledTicks) * 1_000_000 / Stopwatch.Frequency;
        stats?.Record(micros, error);
    }
}
