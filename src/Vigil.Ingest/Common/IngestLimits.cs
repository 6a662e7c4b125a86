namespace Vigil.Ingest.Common;

/// <summary>
/// Size limits that keep one hostile or corrupt record from exhausting memory. A record beyond a limit is
/// reported and skipped; reading continues at the next line.
/// </summary>
/// <param name="MaxLineChars">Longest physical line (JSON Lines) or CSV record, in UTF-16 chars. Default 1,048,576.</param>
/// <param name="MaxFieldChars">Longest single field value, in UTF-16 chars. Default 262,144 (a long résumé is ~20,000).</param>
public sealed record IngestLimits(int MaxLineChars = 1 << 20, int MaxFieldChars = 1 << 18)
{
    public static IngestLimits Default { get; } = new();
}
