namespace Vigil.Storage.Sharing;

/// <summary>
/// A partner's sighting of an indicator, received over TAXII (posted to one of the organization's collections, or
/// pulled from the partner): counts only. One row per sighting id; a later version replaces the count.
/// </summary>
public sealed class SightingRecord
{
    public long Id { get; set; }
    public Guid OrgId { get; set; }

    /// <summary>The <c>sighting--UUID</c>.</summary>
    public required string StixId { get; set; }

    /// <summary>The sighted indicator (<c>sighting_of_ref</c>).</summary>
    public required string SightingOfRef { get; set; }

    /// <summary>Who saw it: <c>created_by_ref</c>, else the reporting partner.</summary>
    public required string Observer { get; set; }

    /// <summary>The TAXII partner that posted it, or the peer it was pulled from.</summary>
    public required string Reporter { get; set; }
    public int Count { get; set; }

    /// <summary>The sighting version (modified) in microseconds since the Unix epoch.</summary>
    public long ModifiedUs { get; set; }
    public long ReceivedAtUs { get; set; }
}
