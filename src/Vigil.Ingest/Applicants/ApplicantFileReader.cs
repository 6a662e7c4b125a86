using Vigil.Ingest.Common;

namespace Vigil.Ingest.Applicants;

/// <summary>Picks the applicant reader by file extension: <c>.csv</c> is CSV; <c>.jsonl</c>, <c>.ndjson</c> and
/// <c>.json</c> are JSON Lines.</summary>
public static class ApplicantFileReader
{
    public static bool IsSupported(string path) => FormatOf(path) is not null;

    public static string? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => "csv",
        ".jsonl" or ".ndjson" or ".json" => "jsonl",
        _ => null,
    };

    /// <exception cref="ArgumentException">The extension is not one of the supported ones.</exception>
    public static IEnumerable<IngestResult<ApplicantRecord>> ReadFile(string path, IngestLimits? limits = null) => FormatOf(path) switch
    {
        "csv" => ApplicantCsvReader.ReadFile(path, limits),
        "jsonl" => ApplicantJsonLinesReader.ReadFile(path, limits),
        _ => throw new ArgumentException($"{path}: unknown applicant file type; use .jsonl, .ndjson or .csv", nameof(path)),
    };
}
