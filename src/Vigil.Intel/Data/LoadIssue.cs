namespace Vigil.Intel.Data;

/// <summary>One problem met while loading reference data: the row is skipped, every good row is kept.</summary>
/// <param name="File">The file (path as given).</param>
/// <param name="Line">1-based line number, 0 when the problem concerns the whole file.</param>
/// <param name="Field">The field or JSON property at fault, when known.</param>
public sealed record LoadIssue(string File, int Line, string? Field, string Message)
{
    public override string ToString() =>
        Line > 0 ? $"{File}:{Line}{(Field is null ? "" : $" [{Field}]")}: {Message}" : $"{File}: {Message}";
}
