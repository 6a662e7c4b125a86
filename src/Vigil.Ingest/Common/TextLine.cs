namespace Vigil.Ingest.Common;

/// <summary>One physical line from <see cref="BoundedLineReader"/>: its text, or the error that replaced it.</summary>
/// <param name="Number">1-based line number.</param>
/// <param name="Text">The line without its terminator; null when <paramref name="Error"/> is set.</param>
public readonly record struct TextLine(long Number, string? Text, IngestError? Error);
