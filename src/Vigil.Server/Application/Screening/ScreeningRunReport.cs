namespace Vigil.Server.Application.Screening;

/// <summary>What a screening run did and how long each stage took.</summary>
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
    IReadOnlyDictionary<string, double> DetectorSeconds);
