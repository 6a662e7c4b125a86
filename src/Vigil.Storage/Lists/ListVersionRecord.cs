namespace Vigil.Storage.Lists;

/// <summary>
/// One stored version of the sanctions lists (every source loaded together: OFAC SDN, UN SC, crypto lists...).
/// Lists are global reference data, not owned by an organization. Exactly one version is current; a load that fails
/// validation never creates a row, so the current good version stays in force.
/// </summary>
public sealed class ListVersionRecord
{
    public Guid Id { get; set; }

    /// <summary>Human label, <c>v&lt;yyyyMMddHHmmssfff&gt;</c> of the load time.</summary>
    public required string Label { get; set; }

    /// <summary>Comma-separated sources in this version (<c>ofac-sdn,un-sc</c>).</summary>
    public required string Sources { get; set; }

    /// <summary>Per source: entry count and the publication date the files state, as JSON
    /// (<c>{"ofac-sdn":{"entries":18000,"published":"2025-12-01"}}</c>).</summary>
    public required string SourcesJson { get; set; }

    /// <summary>The files loaded (names and sizes), as a JSON array.</summary>
    public required string FilesJson { get; set; }

    /// <summary>SHA-256 over the sorted (entry id, entry hash) pairs: equal hashes mean equal screening content.</summary>
    public required string ContentHash { get; set; }

    public int EntryCount { get; set; }
    public int Added { get; set; }
    public int Removed { get; set; }
    public int Changed { get; set; }

    /// <summary>Row errors tolerated while parsing (fatal errors refuse the load).</summary>
    public int RowErrors { get; set; }

    public bool IsCurrent { get; set; }
    public DateTimeOffset LoadedAt { get; set; }
}
