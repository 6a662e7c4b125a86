using System.Globalization;
using System.Text.Json;
using Spectre.Console;

namespace Vigil.Cli.Commands;

/// <summary>What <c>vigil bench http</c> and <c>bench paging</c> measure: latencies (microseconds), errors by kind,
/// the server's resident memory over the run, and the machine's load average (figures on a busy machine are noisy).</summary>
internal sealed class BenchHttpStats
{
    private readonly List<long> _micros = [];
    private readonly Dictionary<string, int> _errors = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public long Completed { get; private set; }

    public void Record(long micros, string? error)
    {
        lock (_gate)
        {
            Completed++;
            _micros.Add(micros);
            if (error is not null)
            {
                _errors[error] = _errors.GetValueOrDefault(error) + 1;
            }
        }
    }

    public int Errors
    {
        get
        {
            lock (_gate)
            {
                return _errors.Values.Sum();
            }
        }
    }

    public double Percentile(double p)
    {
        lock (_gate)
        {
            if (_micros.Count == 0)
            {
                return 0;
            }
            _micros.Sort();
            var rank = (int)Math.Ceiling(p / 100 * _micros.Count) - 1;
            return _micros[Math.Clamp(rank, 0, _micros.Count - 1)] / 1000.0;
        }
    }

    public IReadOnlyDictionary<string, int> ErrorKinds
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, int>(_errors, StringComparer.Ordinal);
            }
        }
    }

    /// <summary>1-minute load average (Linux), or null.</summary>
    public static string? LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : null;

    /// <summary>Resident set size of a process in MB (Linux /proc), or null.</summary>
    public static double? RssMb(int pid)
    {
        var path = $"/proc/{pid}/status";
        if (!File.Exists(path))
        {
            return null;
        }
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kb = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
                return kb / 1024.0;
            }
        }
        return null;
    }

    /// <summary>Prints the run as a table or JSON; <paramref name="extra"/> adds named figures (pages/s, RSS...),
    /// <paramref name="series"/> named series (RSS every second), as arrays in JSON and abridged in the table.</summary>
    public void Print(string title, double seconds, IReadOnlyList<(string Name, string Value)> extra, bool json,
        IReadOnlyDictionary<string, IReadOnlyList<double>>? series = null)
    {
        var rows = new List<(string Name, string Value)>
        {
            ("requests", Completed.ToString(CultureInfo.InvariantCulture)),
            ("achieved_rps", (Completed / seconds).ToString("F1", CultureInfo.InvariantCulture)),
            ("p50_ms", Percentile(50).ToString("F2", CultureInfo.InvariantCulture)),
            ("p95_ms", Percentile(95).ToString("F2", CultureInfo.InvariantCulture)),
            ("p99_ms", Percentile(99).ToString("F2", CultureInfo.InvariantCulture)),
            ("max_ms", Percentile(100).ToString("F2", CultureInfo.InvariantCulture)),
            ("errors", Errors.ToString(CultureInfo.InvariantCulture)),
            ("load_average", LoadAverage() ?? "n/a"),
        };
        rows.AddRange(extra);
        if (json)
        {
            var d = new System.Text.Json.Nodes.JsonObject();
            foreach (var (name, value) in rows)
            {
                d[name] = value;
            }
            foreach (var (kind, count) in ErrorKinds)
            {
                d["error:" + kind] = count.ToString(CultureInfo.InvariantCulture);
            }
            foreach (var (name, values) in series ?? new Dictionary<string, IReadOnlyList<double>>())
            {
                d[name] = new System.Text.Json.Nodes.JsonArray([.. values.Select(v => (System.Text.Json.Nodes.JsonNode?)Math.Round(v, 1))]);
            }
            Console.WriteLine(d.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            return;
        }
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title)).AddColumn("measure").AddColumn("value");
        foreach (var (name, value) in rows)
        {
            table.AddRow(Markup.Escape(name), Markup.Escape(value));
        }
        foreach (var (kind, count) in ErrorKinds)
        {
            table.AddRow("[red]error[/] " + Markup.Escape(kind), count.ToString(CultureInfo.InvariantCulture));
        }
        foreach (var (name, values) in series ?? new Dictionary<string, IReadOnlyList<double>>())
        {
            // Every fifth sample keeps a minute-long run on one line; --json has them all.
            var shown = values.Where((_, i) => i % 5 == 0 || i == values.Count - 1).Select(v => v.ToString("F0", CultureInfo.InvariantCulture));
            table.AddRow(Markup.Escape(name + " (every 5 s)"), Markup.Escape(string.Join(' ', shown)));
        }
        AnsiConsole.Write(table);
    }

    /// <summary>An HTTP client for load: pooled connections, no proxy, no per-host connection cap.</summary>
    public static HttpClient Client(string baseUrl, string key, TimeSpan timeout)
    {
        var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            MaxConnectionsPerServer = int.MaxValue,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            AutomaticDecompression = System.Net.DecompressionMethods.None,
        };
        var client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = timeout };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        return client;
    }
}
