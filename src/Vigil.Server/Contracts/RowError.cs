namespace Vigil.Server.Contracts;

/// <summary>A rejected row of an import and the field at fault. For a <c>subjects</c> array <see cref="Index"/> is the
/// 0-based position in the array; for an applicant file (JSONL/CSV) it is the 1-based line the record starts on,
/// also given as <see cref="Line"/>.</summary>
public sealed record RowError(int Index, string Field, string Message, long? Line = null);
