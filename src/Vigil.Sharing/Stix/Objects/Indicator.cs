namespace Vigil.Sharing.Stix.Objects;

/// <summary>STIX indicator (§4.7): a pattern that, when matched, suggests the activity.</summary>
public sealed class Indicator : StixObject
{
    public Indicator()
        : base(StixTypes.Indicator)
    {
    }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public List<string>? IndicatorTypes { get; set; }

    /// <summary>The detection pattern; for <c>pattern_type</c> stix, see <see cref="Stix.Patterns.StixPatternParser"/>.</summary>
    public string Pattern { get; set; } = "";

    public string PatternType { get; set; } = "stix";

    public string? PatternVersion { get; set; }

    public StixTimestamp? ValidFrom { get; set; }

    public StixTimestamp? ValidUntil { get; set; }

    public List<KillChainPhase>? KillChainPhases { get; set; }
}
