using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Vigil.Cli.Commands;

/// <summary>
/// Where the CPU of a <c>vigil bench http</c> run goes, and the server's memory over it (Linux <c>/proc</c>): the
/// server process (utime + stime), the PostgreSQL backends serving the benchmarked database, and the load tool itself.
/// Divided by the requests answered, these say what one request costs whatever else the machine runs, which wall-clock
/// latency on a shared machine cannot. The server's resident memory is sampled every second so a run shows whether
/// memory stays flat.
/// </summary>
internal sealed class BenchResourceMonitor : IAsyncDisposable
{
    private readonly int? _serverPid;
    private readonly string? _postgres;
    private readonly List<double> _rssMb = [];
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private Task? _sampler;
    private TimeSpan _toolCpuStart;
    private long? _serverTicksStart;
    private Dictionary<int, long> _postgresStart = [];
    private readonly HttpClient? _metrics;
    private Dictionary<string, double> _gcStart = [];

    /// <param name="metricsClient">A client for the server's base address: its <c>/metrics</c> (Prometheus, the
    /// runtime's <c>System.Runtime</c> meter) gives the garbage collections, GC pause time and bytes allocated
    /// during the run; null to skip.</param>
    public BenchResourceMonitor(int? serverPid, string? postgresConnectionString, HttpClient? metricsClient = null)
    {
        _serverPid = serverPid;
        _postgres = postgresConnectionString;
        _metrics = metricsClient;
    }

    /// <summary>Server GC figures over the run (collections per generation, pause ms, MB allocated), when
    /// <c>/metrics</c> answered at both ends.</summary>
    public IReadOnlyDictionary<string, double> GcDelta { get; private set; } = new Dictionary<string, double>();

    /// <summary>Server RSS in MB, one sample per second from <see cref="StartAsync"/>.</summary>
    public IReadOnlyList<double> RssSamples
    {
        get
        {
            lock (_gate)
            {
                return [.. _rssMb];
            }
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _gcStart = await GcAsync(cancellationToken);
        _postgresStart = await PostgresTicksAsync(cancellationToken);
        _serverTicksStart = _serverPid is { } pid ? CpuTicks(pid) : null;
        _toolCpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        if (_serverPid is { } p)
        {
            _sampler = SampleAsync(p, _stop.Token);
        }
    }

    /// <summary>CPU milliseconds spent since <see cref="StartAsync"/> by the server, PostgreSQL and this process
    /// (null where it cannot be read: no <c>--pid</c>, a remote database, not Linux).</summary>
    public async Task<(double? Server, double? Postgres, double Tool)> StopAsync(CancellationToken cancellationToken)
    {
        var tool = (Process.GetCurrentProcess().TotalProcessorTime - _toolCpuStart).TotalMilliseconds;
        double? server = _serverPid is { } pid && _serverTicksStart is { } s0 && CpuTicks(pid) is { } s1 ? TicksToMs(s1 - s0) : null;
        double? postgres = null;
        if (_postgres is not null)
        {
            var end = await PostgresTicksAsync(cancellationToken);
            if (end.Count > 0 || _postgresStart.Count > 0)
            {
                // A backend opened during the run spent all its CPU in the run; one closed during it is lost (rare:
                // the connection pool keeps backends open far longer than a run).
                postgres = TicksToMs(end.Sum(e => e.Value - _postgresStart.GetValueOrDefault(e.Key)));
            }
        }
        var gcEnd = await GcAsync(cancellationToken);
        if (_gcStart.Count > 0 && gcEnd.Count > 0)
        {
            GcDelta = gcEnd.Where(e => _gcStart.ContainsKey(e.Key)).ToDictionary(e => e.Key, e => e.Value - _gcStart[e.Key], StringComparer.Ordinal);
        }
        await _stop.CancelAsync();
        if (_sampler is not null)
        {
            await _sampler;
        }
        if (_serverPid is { } p && BenchHttpStats.RssMb(p) is { } mb)
        {
            lock (_gate)
            {
                _rssMb.Add(mb);
            }
        }
        return (server, postgres, tool);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_sampler is not null)
        {
            await _sampler;
        }
        _stop.Dispose();
    }

    private async Task SampleAsync(int pid, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        do
        {
            if (BenchHttpStats.RssMb(pid) is { } mb)
            {
                lock (_gate)
                {
                    _rssMb.Add(mb);
                }
            }
        }
        while (await Next(timer, ct));
    }

    private static async Task<bool> Next(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>The server's cumulative GC counters from <c>/metrics</c>: gen0/gen1/gen2 collections, pause ms, MB
    /// allocated; empty when the endpoint does not answer.</summary>
    private async Task<Dictionary<string, double>> GcAsync(CancellationToken ct)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        if (_metrics is null)
        {
            return values;
        }
        string text;
        try
        {
            text = await _metrics.GetStringAsync(new Uri("/metrics", UriKind.Relative), ct);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return values; // no /metrics (another server, or it did not answer in time): the run is still valid
        }
        foreach (var line in text.Split('\n'))
        {
            var space = line.LastIndexOf(' ');
            if (line.StartsWith('#') || space < 0 || !double.TryParse(line.AsSpan(space + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            {
                continue;
            }
            if (line.StartsWith("dotnet_gc_collections_total{", StringComparison.Ordinal))
            {
                foreach (var gen in (string[])["gen0", "gen1", "gen2"])
                {
                    if (line.Contains($"gc_heap_generation=\"{gen}\"", StringComparison.Ordinal))
                    {
                        values["gc_collections_" + gen] = v;
                    }
                }
            }
            else if (line.StartsWith("dotnet_gc_pause_time_seconds_total", StringComparison.Ordinal))
            {
                values["gc_pause_ms"] = v * 1000;
            }
            else if (line.StartsWith("dotnet_gc_heap_total_allocated_bytes_total", StringComparison.Ordinal))
            {
                values["gc_allocated_mb"] = v / (1024 * 1024);
            }
        }
        return values;
    }

    /// <summary>CPU ticks of each backend connected to the benchmarked database, when PostgreSQL runs on this machine.</summary>
    private async Task<Dictionary<int, long>> PostgresTicksAsync(CancellationToken ct)
    {
        var ticks = new Dictionary<int, long>();
        if (_postgres is null)
        {
            return ticks;
        }
        // No pooling: this connection must not linger as a backend of its own between the two readings.
        var builder = new NpgsqlConnectionStringBuilder(_postgres) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var pid = reader.GetInt32(0);
            if (CpuTicks(pid) is { } t)
            {
                ticks[pid] = t;
            }
        }
        return ticks;
    }

    /// <summary>utime + stime of a process in clock ticks (Linux), or null.</summary>
    public static long? CpuTicks(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
        // Fields after the command name (which may hold spaces), from field 3 (state): utime is field 14, stime 15.
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }

    // USER_HZ is 100 on every Linux configuration .NET runs on.
    private static double TicksToMs(long ticks) => ticks * 10.0;
}
