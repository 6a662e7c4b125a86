namespace Vigil.Ingest.Common;

/// <summary>Thrown only when a caller asks for a value that failed to read (<see cref="IngestResult{T}.GetValueOrThrow"/>).</summary>
public sealed class IngestException : Exception
{
    public IngestException(IReadOnlyList<IngestError> errors)
        : base(string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<IngestError> Errors { get; }
}
