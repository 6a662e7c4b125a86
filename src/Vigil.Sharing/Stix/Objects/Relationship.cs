namespace Vigil.Sharing.Stix.Objects;

/// <summary>STIX relationship (§5.1): a typed edge between two SDOs or SCOs.</summary>
public sealed class Relationship : StixObject
{
    public Relationship()
        : base(StixTypes.Relationship)
    {
    }

    public string RelationshipType { get; set; } = "";

    public string? Description { get; set; }

    public string SourceRef { get; set; } = "";

    public string TargetRef { get; set; } = "";

    public StixTimestamp? StartTime { get; set; }

    public StixTimestamp? StopTime { get; set; }
}
