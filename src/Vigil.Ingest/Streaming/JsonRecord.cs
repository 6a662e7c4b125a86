using Vigil.Ingest.Common;

namespace Vigil.Ingest.Streaming;

/// <summary>One JSON record cut from a file by <see cref="JsonRecordReader"/>: its UTF-8 bytes, or why it is unusable.</summary>
/// <param name="Line">1-based line on which the record starts.</param>
/// <param name="Utf8">The record's bytes. Valid only until the enumerator moves on: parse it, don't keep it.</param>
public readonly record struct JsonRecord(long Line, ReadOnlyMemory<byte> Utf8, IngestError? Error);
