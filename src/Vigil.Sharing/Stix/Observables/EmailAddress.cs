namespace Vigil.Sharing.Stix.Observables;

/// <summary>STIX email-addr (§6.5); id from <c>value</c>.</summary>
public sealed class EmailAddress : StixObservable
{
    public EmailAddress()
        : base(StixTypes.EmailAddr)
    {
    }

    public string Value { get; set; } = "";

    public string? DisplayName { get; set; }

    public string? BelongsToRef { get; set; }

    protected override IEnumerable<KeyValuePair<string, object?>> IdContributingProperties() => [P("value", Value)];
}
