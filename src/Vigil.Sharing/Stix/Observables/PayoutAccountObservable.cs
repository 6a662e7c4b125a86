namespace Vigil.Sharing.Stix.Observables;

/// <summary>Vigil custom SCO <c>x-vigil-payout-account</c>: a payout or bank account (Payoneer, Wise, IBAN); id from <c>provider</c> and <c>account</c>.</summary>
public sealed class PayoutAccountObservable : StixObservable
{
    public PayoutAccountObservable()
        : base(StixTypes.PayoutAccount)
    {
    }

    public string? Provider { get; set; }

    public string Account { get; set; } = "";

    protected override IEnumerable<KeyValuePair<string, object?>> IdContributingProperties() => [P("provider", Provider), P("account", Account)];
}
