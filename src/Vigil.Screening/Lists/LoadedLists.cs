namespace Vigil.Screening.Lists;

/// <summary>Entries read from a set of files, merged by id, with every error and the per-file results.</summary>
public sealed class LoadedLists
{
    public List<ListEntry> Entries { get; } = [];
    public List<ParseError> Errors { get; } = [];
    public List<ListParseResult> Files { get; } = [];

    /// <summary>True when any file was unusable as a whole.</summary>
    public bool AnyFatal => Files.Any(f => f.Fatal);
}
