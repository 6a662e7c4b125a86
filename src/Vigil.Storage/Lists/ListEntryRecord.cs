namespace Vigil.Storage.Lists;

/// <summary>One list entry of one stored version: its id, source, content hash and the whole entry as JSON
/// (the <c>Vigil.Screening.Lists.ListEntry</c> shape), enough to rebuild the screening index without the files.</summary>
public sealed class ListEntryRecord
{
    public long Id { get; set; }
    public Guid VersionId { get; set; }

    /// <summary>Globally unique entry id, <c>source:sourceId</c> (<c>ofac-sdn:12211</c>).</summary>
    public required string EntryId { get; set; }

    public required string Source { get; set; }

    /// <summary>Hash of what screening depends on; a suppression lasts while it is unchanged.</summary>
    public required string ContentHash { get; set; }

    public required string EntryJson { get; set; }
}
