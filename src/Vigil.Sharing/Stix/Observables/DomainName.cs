namespace Vigil.Sharing.Stix.Observables;

/// <summary>STIX domain-name (§6.4); id from <c>value</c>.</summary>
public sealed class DomainName : StixObservable
{
    public DomainName()
        : base(StixTypes.DomainName)
    {
    }

    public string Value { get; set; } = "";

    public List<string>? ResolvesToRefs { get; set; }

    protected override IEnumerable<KeyValuePair<string, object?>> IdContributingProperties() => [P("value", Value)];
}
