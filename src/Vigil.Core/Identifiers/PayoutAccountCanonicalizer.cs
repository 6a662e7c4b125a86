using System.Text;

namespace Vigil.Core.Identifiers;

/// <summary>
/// Payout accounts (Payoneer, Wise, PayPal...) as <c>provider:account</c>. The provider comes from the context or a
/// <c>provider:</c> prefix and is lower-cased with aliases merged (TransferWise is wise); the account is
/// canonicalized as an email when it is one, as an IBAN when it is one, else upper case without separators.
/// <see cref="Identifier.Detail"/> is the provider, or <c>provider: reason</c> when the account is invalid.
/// </summary>
public static class PayoutAccountCanonicalizer
{
    private static readonly Dictionary<string, string> ProviderAliases = new(StringComparer.Ordinal)
    {
        ["transferwise"] = "wise", ["wise"] = "wise", ["payoneer"] = "payoneer", ["paypal"] = "paypal",
        ["pp"] = "paypal", ["venmo"] = "venmo", ["zelle"] = "zelle", ["revolut"] = "revolut", ["skrill"] = "skrill",
        ["cashapp"] = "cashapp", ["cash app"] = "cashapp", ["upwork"] = "upwork", ["deel"] = "deel",
        ["remote"] = "remote", ["stripe"] = "stripe", ["alipay"] = "alipay", ["wechat"] = "wechatpay",
        ["wechatpay"] = "wechatpay", ["wechat pay"] = "wechatpay",
    };

    public static Identifier Canonicalize(string raw, string? provider)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = TextFolding.Normalize(raw, NormalizationForm.FormKC).Trim();
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var at = text.IndexOf('@', StringComparison.Ordinal);
        // "payoneer:123" and "paypal:jane@x.com" carry the provider; a colon after the @ is not a provider prefix.
        if (colon > 0 && (at < 0 || at > colon))
        {
            var prefix = text[..colon];
            if (prefix.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '.'))
            {
                provider ??= prefix;
                text = text[(colon + 1)..].Trim();
            }
        }
        var p = ProviderName(provider);
        Identifier account;
        if (text.Contains('@', StringComparison.Ordinal))
        {
            account = EmailCanonicalizer.Canonicalize(text);
        }
        else if (BankAccountCanonicalizer.Canonicalize(text) is { Detail: "iban" } iban)
        {
            account = iban;
        }
        else
        {
            account = GenericCanonicalizer.Canonicalize(IdentifierKind.PayoutAccount, text);
        }
        var value = $"{p}:{account.Value}";
        return account.IsValid
            ? new Identifier(IdentifierKind.PayoutAccount, value, raw, true, p)
            : new Identifier(IdentifierKind.PayoutAccount, value, raw, false, $"{p}: {account.Detail ?? "invalid account"}");
    }

    /// <summary>Canonical provider name: folded, spaces and punctuation removed, known aliases merged;
    /// <c>unknown</c> when none was given.</summary>
    public static string ProviderName(string? provider)
    {
        if (string.IsNullOrWhiteSpace(provider))
        {
            return "unknown";
        }
        var folded = TextFolding.Fold(provider);
        if (ProviderAliases.TryGetValue(folded, out var alias))
        {
            return alias;
        }
        var compact = folded.Replace(" ", "", StringComparison.Ordinal);
        return ProviderAliases.TryGetValue(compact, out alias) ? alias : compact.Length == 0 ? "unknown" : compact;
    }
}
