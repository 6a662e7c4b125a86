namespace Vigil.Screening.Lists;

/// <summary>What one stored list version holds (written as <c>manifest.json</c>).</summary>
public sealed class ListManifest
{
    public string Version { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public List<string> Files { get; set; } = [];

    /// <summary>Entry count per source.</summary>
    public Dictionary<string, int> Sources { get; set; } = [];

    /// <summary>Newest publication date per source, as the files state it.</summary>
    public Dictionary<string, string> ListVersions { get; set; } = [];

    /// <summary>Entry id → content hash (<see cref="ListStore.Hash"/>), for deltas.</summary>
    public Dictionary<string, string> EntryHashes { get; set; } = [];
}
