namespace Vigil.Server.Application.Screening;

/// <summary>What a screening run did and how long each stage took: wall seconds per stage, and process CPU seconds
/// per stage (<see cref="StageCpuSeconds"/>, all threads; on a shared machine the one that measures our work).</summary>
public sealed record ScreeningRunReport(
    int Subjects,
    int Clear,
    int Review,
    int High,
    int Clusters,
    int PhotosHashed,
    int PhotoErrors,
    long DocumentCandidatesChecked,
    int AlertsWritten,
    IReadOnlyDictionary<string, double> StageSeconds,
    IReadOnlyDictionary<string, double> DetectorSeconds,
    IReadOnlyDictionary<string, double>? StageCpuSeconds = null);
