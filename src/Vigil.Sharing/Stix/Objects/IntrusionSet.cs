namespace Vigil.Sharing.Stix.Objects;

/// <summary>STIX intrusion-set (§4.8): the grouped activity, named differently by each vendor (Famous Chollima, Jasper Sleet, UNC5267...).</summary>
public sealed class IntrusionSet : StixObject
{
    public IntrusionSet()
        : base(StixTypes.IntrusionSet)
    {
    }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public List<string>? Aliases { get; set; }

    public StixTimestamp? FirstSeen { get; set; }

    public StixTimestamp? LastSeen { get; set; }

    public List<string>? Goals { get; set; }

    public string? ResourceLevel { get; set; }

    public string? PrimaryMotivation { get; set; }

    public List<string>? SecondaryMotivations { get; set; }
}
