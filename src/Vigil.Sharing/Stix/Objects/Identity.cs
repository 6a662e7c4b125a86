namespace Vigil.Sharing.Stix.Objects;

/// <summary>STIX identity (§4.5): an organization, a sharing community or a person acting as a source.</summary>
public sealed class Identity : StixObject
{
    public Identity()
        : base(StixTypes.Identity)
    {
    }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public List<string>? Roles { get; set; }

    /// <summary>Open vocabulary identity-class-ov: individual, group, system, organization, class, unknown.</summary>
    public string? IdentityClass { get; set; }

    public List<string>? Sectors { get; set; }

    public string? ContactInformation { get; set; }
}
