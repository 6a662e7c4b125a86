namespace Vigil.Screening.Lists;

/// <summary>
/// What one parser produced from one file: the good entries, the errors, and whether the file as a whole was
/// unusable (<see cref="Fatal"/>: wrong format, unreadable, hostile XML). A fatal result may still carry entries
/// read before the failure; callers that store lists must not replace a stored version with a fatal result.
/// </summary>
public sealed class ListParseResult
{
    public required string File { get; init; }
    public required ListFormat Format { get; init; }
    public List<ListEntry> Entries { get; } = [];
    public List<ParseError> Errors { get; } = [];

    /// <summary>Publication date or version the file states (OFAC Publish_Date, UN dateGenerated).</summary>
    public string? Version { get; set; }

    /// <summary>Set when the file could not be used at all; see <see cref="Errors"/> for why.</summary>
    public bool Fatal { get; set; }

    public void Error(int line, string? field, string message) =>
        Errors.Add(new ParseError(Path.GetFileName(File), line, field, message));

    public void Fail(int line, string? field, string message)
    {
        Error(line, field, message);
        Fatal = true;
    }
}
