namespace Vigil.Sharing.Stix.Objects;

/// <summary>STIX observed-data (§4.14): SCOs seen during a period, referenced by <c>object_refs</c>.</summary>
public sealed class ObservedData : StixObject
{
    public ObservedData()
        : base(StixTypes.ObservedData)
    {
    }

    public StixTimestamp? FirstObserved { get; set; }

    public StixTimestamp? LastObserved { get; set; }

    public int? NumberObserved { get; set; }

    public List<string>? ObjectRefs { get; set; }
}
