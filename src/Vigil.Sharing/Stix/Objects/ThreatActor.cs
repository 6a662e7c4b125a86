namespace Vigil.Sharing.Stix.Objects;

/// <summary>STIX threat-actor (§4.16): the people behind the activity; aliases carry vendor names.</summary>
public sealed class ThreatActor : StixObject
{
    public ThreatActor()
        : base(StixTypes.ThreatActor)
    {
    }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public List<string>? ThreatActorTypes { get; set; }

    public List<string>? Aliases { get; set; }

    public StixTimestamp? FirstSeen { get; set; }

    public StixTimestamp? LastSeen { get; set; }

    public List<string>? Roles { get; set; }

    public List<string>? Goals { get; set; }

    public string? Sophistication { get; set; }

    public string? ResourceLevel { get; set; }

    public string? PrimaryMotivation { get; set; }

    public List<string>? SecondaryMotivations { get; set; }

    public List<string>? PersonalMotivations { get; set; }
}
