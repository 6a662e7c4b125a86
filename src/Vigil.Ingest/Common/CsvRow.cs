namespace Vigil.Ingest.Common;

/// <summary>One CSV record from <see cref="CsvRecordReader"/>.</summary>
/// <param name="Line">1-based physical line on which the record starts.</param>
/// <param name="Fields">Unquoted field values; empty when <paramref name="Error"/> is set.</param>
public readonly record struct CsvRow(long Line, string[] Fields, IngestError? Error);
