namespace Vigil.Sharing.Stix.Observables;

/// <summary>STIX ipv6-addr (§6.9); id from <c>value</c> (an address or CIDR).</summary>
public sealed class Ipv6Address : StixObservable
{
    public Ipv6Address()
        : base(StixTypes.Ipv6Addr)
    {
    }

    public string Value { get; set; } = "";

    public List<string>? ResolvesToRefs { get; set; }

    public List<string>? BelongsToRefs { get; set; }

    protected override IEnumerable<KeyValuePair<string, object?>> IdContributingProperties() => [P("value", Value)];
}
