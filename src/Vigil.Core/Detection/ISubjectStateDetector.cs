namespace Vigil.Core.Detection;

/// <summary>
/// A stateful detector whose state is one independent entry per subject key (a worker's travel window, countries,
/// hour histogram, tools found on their hosts, payroll changes…), so one subject's entry can be rebuilt on its own.
/// </summary>
/// <remarks>
/// Why: some of these entries depend on the order events arrive in (impossible travel compares time neighbours;
/// evidence keeps the first few items). When an ingest brings a worker's events older than ones already processed,
/// monitoring replays that worker's stored events in time order into a fresh detector and copies the entry over,
/// so the outcome equals one pass over everything, without rebuilding every other worker.
/// </remarks>
public interface ISubjectStateDetector : IStatefulDetector
{
    /// <summary>Replaces this detector's entry for <paramref name="subjectKey"/> with the one
    /// <paramref name="source"/> (a detector of the same type) holds, or removes it when the source has none.</summary>
    void CopySubjectState(string subjectKey, ISubjectStateDetector source);
}
