namespace Vigil.Sharing.Stix.Observables;

/// <summary>STIX ipv4-addr (§6.8); id from <c>value</c> (an address or CIDR).</summary>
public sealed class Ipv4Address : StixObservable
{
    public Ipv4Address()
        : base(StixTypes.Ipv4Addr)
    {
    }

    public string Value { get; set; } = "";

    public List<string>? ResolvesToRefs { get; set; }

    public List<string>? BelongsToRefs { get; set; }

    protected override IEnumerable<KeyValuePair<string, object?>> IdContributingProperties() => [P("value", Value)];
}
