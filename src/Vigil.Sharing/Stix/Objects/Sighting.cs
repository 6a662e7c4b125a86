namespace Vigil.Sharing.Stix.Objects;

/// <summary>STIX sighting (§5.2): someone saw an indicator or object; Vigil shares counts, never who.</summary>
public sealed class Sighting : StixObject
{
    public Sighting()
        : base(StixTypes.Sighting)
    {
    }

    public string? Description { get; set; }

    public StixTimestamp? FirstSeen { get; set; }

    public StixTimestamp? LastSeen { get; set; }

    /// <summary>0–999,999,999 (§5.2).</summary>
    public int? Count { get; set; }

    public string SightingOfRef { get; set; } = "";

    public List<string>? ObservedDataRefs { get; set; }

    public List<string>? WhereSightedRefs { get; set; }

    public bool? Summary { get; set; }
}
