using Vigil.Core.Events;

namespace Vigil.Core.Detection.Payroll;

/// <summary>Decides what rail a payroll change pays into, from its kind, provider name and account shape.</summary>
public static class PayoutClassifier
{
    public static PayoutKind Classify(PayrollChange change, PayoutDestinationOptions options)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(options);
        if (change.Kind == PayoutKind.Crypto || LooksLikeWallet(change.Account) || Mentions(change.Provider, options.CryptoProviders))
        {
            return PayoutKind.Crypto;
        }
        if (change.Kind == PayoutKind.PaymentService || Mentions(change.Provider, options.PaymentServices))
        {
            return PayoutKind.PaymentService;
        }
        return change.Kind == PayoutKind.Unknown ? PayoutKind.BankAccount : change.Kind;
    }

    private static bool Mentions(string? provider, IReadOnlyList<string> names)
    {
        if (string.IsNullOrEmpty(provider))
        {
            return false;
        }
        foreach (var name in names)
        {
            // Whole-word-ish: "wise" must not match "otherwise bank"; compare on token boundaries.
            var i = provider.IndexOf(name, StringComparison.OrdinalIgnoreCase);
            while (i >= 0)
            {
                var before = i == 0 || !char.IsLetterOrDigit(provider[i - 1]);
                var end = i + name.Length;
                var after = end >= provider.Length || !char.IsLetter(provider[end]);
                if (before && after)
                {
                    return true;
                }
                i = provider.IndexOf(name, i + 1, StringComparison.OrdinalIgnoreCase);
            }
        }
        return false;
    }

    private static bool LooksLikeWallet(string account)
    {
        var a = account.Trim();
        return a.Length == 42 && a.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && a[2..].All(char.IsAsciiHexDigit)
            || a.StartsWith("bc1", StringComparison.OrdinalIgnoreCase) && a.Length >= 26
            || a.Length == 34 && a[0] == 'T' && a.All(char.IsAsciiLetterOrDigit);
    }
}
