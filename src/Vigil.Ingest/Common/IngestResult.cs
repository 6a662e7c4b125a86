using System.Diagnostics.CodeAnalysis;

namespace Vigil.Ingest.Common;

/// <summary>
/// The outcome of reading one record: either a value, or the errors that made the record unusable.
/// </summary>
/// <remarks>
/// Invariant: exactly one of <see cref="Value"/> (non-null) and a non-empty <see cref="Errors"/> holds. A record
/// with any error is skipped as a whole; readers never return a half-read value.
/// </remarks>
public readonly record struct IngestResult<T> where T : class
{
    private IngestResult(long line, T? value, IReadOnlyList<IngestError> errors)
    {
        Line = line;
        Value = value;
        Errors = errors;
    }

    /// <summary>1-based physical line where the record starts.</summary>
    public long Line { get; }

    public T? Value { get; }

    public IReadOnlyList<IngestError> Errors { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsSuccess => Value is not null;

    /// <summary>The first error, or null on success.</summary>
    public IngestError? Error => Errors.Count > 0 ? Errors[0] : null;

    public static IngestResult<T> Ok(long line, T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new IngestResult<T>(line, value, []);
    }

    public static IngestResult<T> Fail(IngestError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new IngestResult<T>(error.Line, null, [error]);
    }

    public static IngestResult<T> Fail(long line, IReadOnlyList<IngestError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentOutOfRangeException.ThrowIfZero(errors.Count);
        return new IngestResult<T>(line, null, errors);
    }

    public bool TryGetValue([NotNullWhen(true)] out T? value)
    {
        value = Value;
        return value is not null;
    }

    /// <summary>The value, or an <see cref="IngestException"/> naming every error.</summary>
    public T GetValueOrThrow() => Value ?? throw new IngestException(Errors);
}
