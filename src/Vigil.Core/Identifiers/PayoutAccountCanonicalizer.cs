namespace Vigil.Core.Identifiers;

/// <summary>Payout accounts (Payoneer, Wise, PayPal...): <c>provider:account</c>, the account canonicalized as an
/// email when it is one, else upper case without separators.</summary>
public static class PayoutAccountCanonicalizer
{
    public static Identifier Canonicalize(string raw, string? provider)
    {
        var text = raw.Trim();
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (provider is null && colon > 0 && !text.Contains('@', StringComparison.Ordinal) || colon > 0 && text.IndexOf('@', StringComparison.Ordinal) > colon)
        {
            provider = text[..colon];
            text = text[(colon + 1)..];
        }
        var p = (provider ?? "unknown").Trim().ToLowerInvariant();
        var account = text.Contains('@', StringComparison.Ordinal)
            ? EmailCanonicalizer.Canonicalize(text)
            : GenericCanonicalizer.Canonicalize(IdentifierKind.PayoutAccount, text);
        return new Identifier(IdentifierKind.PayoutAccount, $"{p}:{account.Value}", raw, account.IsValid, p);
    }
}
