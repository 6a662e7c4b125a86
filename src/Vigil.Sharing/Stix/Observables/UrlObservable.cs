namespace Vigil.Sharing.Stix.Observables;

/// <summary>STIX url (§6.16); id from <c>value</c>.</summary>
public sealed class UrlObservable : StixObservable
{
    public UrlObservable()
        : base(StixTypes.Url)
    {
    }

    public string Value { get; set; } = "";

    protected override IEnumerable<KeyValuePair<string, object?>> IdContributingProperties() => [P("value", Value)];
}
