using System.Globalization;

namespace Vigil.Cli.Commands;

/// <summary>
/// CPU time per thread of this process, from <c>/proc/self/task/*/stat</c> (Linux; elsewhere it stays empty). For
/// the benchmarks: the busiest thread's CPU time is a run's critical path, which a loaded machine's wall clock
/// hides. Threads that exit between samples keep their last sampled time, so sample often.
/// </summary>
internal sealed class ThreadCpu
{
    private readonly Dictionary<int, long> _start = [];
    private readonly Dictionary<int, long> _last = [];
    private readonly Lock _gate = new();

    public ThreadCpu()
    {
        foreach (var (tid, ticks) in Read())
        {
            _start[tid] = ticks;
        }
    }

    public void Sample()
    {
        var now = Read();
        lock (_gate)
        {
            foreach (var (tid, ticks) in now)
            {
                _last[tid] = ticks;
            }
        }
    }

    /// <summary>Seconds of CPU used since construction by the busiest thread; null off Linux.</summary>
    public double? Busiest()
    {
        lock (_gate)
        {
            if (_last.Count == 0)
            {
                return null;
            }
            // Clock ticks: USER_HZ is 100 on every Linux the project runs on.
            return _last.Max(kv => kv.Value - _start.GetValueOrDefault(kv.Key)) / 100.0;
        }
    }

    private static List<(int Tid, long Ticks)> Read()
    {
        var list = new List<(int, long)>();
        const string root = "/proc/self/task";
        if (!Directory.Exists(root))
        {
            return list;
        }
        foreach (var dir in Directory.EnumerateDirectories(root))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                // Fields after the command name (which may hold spaces) start after the last ')'.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                // utime and stime are fields 14 and 15 of the stat line, i.e. 11 and 12 after the name.
                var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                list.Add((int.Parse(Path.GetFileName(dir), CultureInfo.InvariantCulture), ticks));
            }
            catch (IOException)
            {
                // The thread exited while we listed it.
            }
        }
        return list;
    }
}
