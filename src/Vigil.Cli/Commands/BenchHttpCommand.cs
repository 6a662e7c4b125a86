using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil bench http</c>: an open-loop load generator for a running <c>vigil serve</c>. Requests are started on a
/// fixed schedule (<c>--rps</c>) whether or not earlier ones have answered, and latency is measured from each
/// request's scheduled start, so a slow server shows up as latency rather than as a quietly lower rate
/// (no coordinated omission). Reports achieved rate, p50/p95/p99/max, errors, and the server's RSS with <c>--pid</c>.
/// </summary>
public static class BenchHttpCommand
{
    public static Command Create()
    {
        var command = new Command("http", "Open-loop HTTP load against a running server: achieved rps, p50/p95/p99 latency, errors, server memory");
        var url = new Option<string>("--url") { Description = "Server base URL", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var key = new Option<string?>("--key") { Description = "API key (default: $VIGIL_API_KEY)" };
        var path = new Option<string>("--path") { Description = "Path and query to request, e.g. /api/alerts?limit=50 or /api/screen", DefaultValueFactory = _ => "/api/alerts?limit=50" };
        var method = new Option<string>("--method") { Description = "GET or POST (POST when --body or --bodies is given)", DefaultValueFactory = _ => "GET" };
        var body = new Option<FileInfo?>("--body") { Description = "JSON file sent as the body of every request" };
        var bodies = new Option<FileInfo?>("--bodies") { Description = "JSON Lines file: one body per line, used in turn (e.g. many applicants for /api/screen)" };
        var rps = new Option<int>("--rps") { Description = "Requests started per second", DefaultValueFactory = _ => 200 };
        var duration = new Option<int>("--duration") { Description = "Measured seconds", DefaultValueFactory = _ => 60 };
        var warmup = new Option<int>("--warmup") { Description = "Unmeasured seconds at the same rate first (JIT, connection pool, caches)", DefaultValueFactory = _ => 5 };
        var pid = new Option<int?>("--pid") { Description = "Server process id: samples its resident memory (Linux) every second" };
        var timeout = new Option<int>("--timeout") { Description = "Per-request timeout in seconds (a timeout counts as an error)", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "Print the results as JSON" };
        foreach (var o in new Option[] { url, key, path, method, body, bodies, rps, duration, warmup, pid, timeout, json })
        {
            command.Options.Add(o);
        }
        command.SetAction(async (parse, ct) =>
        {
            var secret = parse.GetValue(key) ?? Environment.GetEnvironmentVariable("VIGIL_API_KEY")
                ?? throw new CliException("bench http: give --key or set VIGIL_API_KEY", 2);
            var payloads = LoadBodies(parse.GetValue(body), parse.GetValue(bodies));
            var verb = payloads.Count > 0 ? HttpMethod.Post : new HttpMethod(parse.GetValue(method)!.ToUpperInvariant());
            var rate = parse.GetValue(rps);
            if (rate is < 1 or > 100_000 || parse.GetValue(duration) < 1)
            {
                throw new CliException("bench http: --rps must be 1..100000 and --duration at least 1", 2);
            }
            using var client = BenchHttpStats.Client(parse.GetValue(url)!, secret, TimeSpan.FromSeconds(parse.GetValue(timeout)));
            var target = parse.GetValue(path)!;
            var serverPid = parse.GetValue(pid);
            var quiet = parse.GetValue(json);
            if (!quiet)
            {
                Console.WriteLine($"bench http: {verb} {target} at {rate}/s, {parse.GetValue(warmup)} s warm-up + {parse.GetValue(duration)} s measured");
            }
            await RunAsync(client, verb, target, payloads, rate, parse.GetValue(warmup), null, null, ct);
            var stats = new BenchHttpStats();
            var rss = new List<double>();
            var started = Stopwatch.StartNew();
            await RunAsync(client, verb, target, payloads, rate, parse.GetValue(duration), stats, serverPid is { } p ? () => { if (BenchHttpStats.RssMb(p) is { } mb) { rss.Add(mb); } } : null, ct);
            var seconds = Math.Max(parse.GetValue(duration), started.Elapsed.TotalSeconds);
            var extra = new List<(string, string)> { ("target_rps", rate.ToString(CultureInfo.InvariantCulture)), ("method_path", $"{verb} {target}") };
            if (rss.Count > 0)
            {
                extra.Add(("server_rss_start_mb", rss[0].ToString("F0", CultureInfo.InvariantCulture)));
                extra.Add(("server_rss_max_mb", rss.Max().ToString("F0", CultureInfo.InvariantCulture)));
                extra.Add(("server_rss_end_mb", rss[^1].ToString("F0", CultureInfo.InvariantCulture)));
            }
            stats.Print($"bench http {verb} {target}", seconds, extra, quiet);
            return stats.Errors == 0 ? 0 : 3;
        });
        return command;
    }

    private static List<byte[]> LoadBodies(FileInfo? one, FileInfo? many)
    {
        var list = new List<byte[]>();
        if (one is not null)
        {
            list.Add(File.ReadAllBytes(one.FullName));
        }
        if (many is not null)
        {
            list.AddRange(File.ReadLines(many.FullName).Where(l => !string.IsNullOrWhiteSpace(l)).Select(Encoding.UTF8.GetBytes));
        }
        return list;
    }

    /// <summary>Starts request i at <c>i / rate</c> seconds; waits for stragglers at the end. A sampler runs each second.</summary>
    private static async Task RunAsync(HttpClient client, HttpMethod verb, string target, List<byte[]> payloads, int rate, int seconds,
        BenchHttpStats? stats, Action? sampleEverySecond, CancellationToken ct)
    {
        var total = (long)rate * seconds;
        var inFlight = new List<Task>((int)Math.Min(total, 1_000_000));
        var clock = Stopwatch.StartNew();
        var nextSample = 0.0;
        for (long i = 0; i < total && !ct.IsCancellationRequested; i++)
        {
            var due = (double)i / rate;
            var wait = due - clock.Elapsed.TotalSeconds;
            if (wait > 0.002)
            {
                await Task.Delay(TimeSpan.FromSeconds(wait - 0.001), ct);
            }
            while (clock.Elapsed.TotalSeconds < due)
            {
                Thread.SpinWait(50);
            }
            if (sampleEverySecond is not null && due >= nextSample)
            {
                sampleEverySecond();
                nextSample += 1;
            }
            var scheduledTicks = (long)(due * Stopwatch.Frequency);
            var payload = payloads.Count == 0 ? null : payloads[(int)(i % payloads.Count)];
            inFlight.Add(SendAsync(client, verb, target, payload, clock, scheduledTicks, stats));
        }
        await Task.WhenAll(inFlight);
        sampleEverySecond?.Invoke();
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
