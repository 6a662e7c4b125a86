namespace Vigil.Ingest.Applicants;

/// <summary>A payout account: the provider (<c>payoneer</c>, <c>wise</c>, <c>paypal</c>...) and the account id or
/// email at that provider. Kind is lower case.</summary>
public sealed record PayoutAccountRef(string Kind, string Value);
