using Vigil.Ingest.Common;

namespace Vigil.Ingest.Applicants;

/// <summary>Collects the errors of one record; the record is skipped when any was added.</summary>
internal sealed class FieldErrors(string file, long line)
{
    private List<IngestError>? _errors;

    public string File => file;
    public long Line => line;
    public bool Any => _errors is { Count: > 0 };
    public IReadOnlyList<IngestError> List => _errors ?? [];

    public void Add(string? field, string message) => (_errors ??= []).Add(new IngestError(file, line, field, message));
}
