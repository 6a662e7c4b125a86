namespace Vigil.Ingest.Common;

/// <summary>
/// One problem found while reading an input file: where it is (file, 1-based line, field) and what is wrong.
/// </summary>
/// <remarks>
/// Expected bad input is data, not an exception: readers return these next to the good rows and keep going.
/// <see cref="Line"/> is the physical line on which the record starts (a quoted CSV field may span lines);
/// 0 means the problem concerns the file as a whole. <see cref="Field"/> is the column or JSON property name, or
/// null when the whole line is bad (unparseable JSON, over-long line).
/// </remarks>
public sealed record IngestError(string File, long Line, string? Field, string Message)
{
    /// <summary><c>file:line: field: message</c>, the form the CLI prints.</summary>
    public override string ToString() =>
        Field is null ? $"{File}:{Line}: {Message}" : $"{File}:{Line}: {Field}: {Message}";
}
