using System.Collections.Concurrent;
using System.Diagnostics;

namespace Vigil.Server.Application.Screening;

/// <summary>
/// Wall-clock time per named stage, accumulated over many calls: which part of a single-applicant screening (store,
/// warm refresh, neighbourhood queries, detectors, alert write) dominates its latency. Thread-safe; the benchmark
/// sets one on <see cref="SingleApplicantScreeningService.Timings"/> and prints each stage's percentiles.
/// </summary>
public sealed class StageTimings
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<double>> _samples = new(StringComparer.Ordinal);

    /// <summary>Records the time since <paramref name="start"/> (a <see cref="Stopwatch.GetTimestamp"/>) under
    /// <paramref name="stage"/> and returns a new timestamp for the next stage.</summary>
    public long Lap(string stage, long start)
    {
        var now = Stopwatch.GetTimestamp();
        _samples.GetOrAdd(stage, _ => new ConcurrentQueue<double>()).Enqueue(Stopwatch.GetElapsedTime(start, now).TotalMilliseconds);
        return now;
    }

    /// <summary>Per stage, in first-recorded order: calls, mean, p50 and p99 in milliseconds.</summary>
    public IReadOnlyList<StageSummary> Summaries() => _samples
        .Select(kv =>
        {
            var sorted = kv.Value.ToArray();
            Array.Sort(sorted);
            return new StageSummary(kv.Key, sorted.Length, Math.Round(sorted.Average(), 3),
                Math.Round(Percentile(sorted, 0.50), 3), Math.Round(Percentile(sorted, 0.99), 3));
        })
        .OrderByDescending(s => s.MeanMs)
        .ToList();

    private static double Percentile(double[] sorted, double q) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, Math.Max(0, (int)Math.Ceiling(q * sorted.Length) - 1))];
}
