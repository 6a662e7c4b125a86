namespace Vigil.Storage.Sharing;

/// <summary>
/// One version of one STIX object in one collection. Times are microseconds since the Unix epoch so ordering and
/// equality are exact in SQLite and PostgreSQL alike; <see cref="DateAddedUs"/> is unique per collection (the
/// server bumps it by 1 µs on collision), which makes <c>added_after</c> paging lossless.
/// </summary>
public sealed class TaxiiObjectRecord
{
    public long Seq { get; set; }
    public required string CollectionId { get; set; }
    public required string StixId { get; set; }
    public required string Type { get; set; }
    public required string SpecVersion { get; set; }

    /// <summary>The version as a STIX timestamp text (modified, else created, else date added).</summary>
    public required string Version { get; set; }
    public long VersionUs { get; set; }
    public long DateAddedUs { get; set; }

    /// <summary>Maintained on insert so <c>match[version]=last|first</c> is an indexed filter, not a subquery.</summary>
    public bool IsLatest { get; set; }
    public bool IsFirst { get; set; }

    /// <summary>The object's JSON as served.</summary>
    public required string Json { get; set; }
}
