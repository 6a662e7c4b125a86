namespace Vigil.Sharing.Stix.Observables;

/// <summary>Vigil custom SCO <c>x-vigil-phone-number</c> (new-sco extension, §7.3): a phone number in E.164; id from <c>value</c>.</summary>
public sealed class PhoneNumberObservable : StixObservable
{
    public PhoneNumberObservable()
        : base(StixTypes.PhoneNumber)
    {
    }

    /// <summary>E.164, as Vigil.Core canonicalizes it (<c>+14155550100</c>).</summary>
    public string Value { get; set; } = "";

    /// <summary>mobile, fixed-line, voip, toll-free... when known.</summary>
    public string? LineType { get; set; }

    protected override IEnumerable<KeyValuePair<string, object?>> IdContributingProperties() => [P("value", Value)];
}
