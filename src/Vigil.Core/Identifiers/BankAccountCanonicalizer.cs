using System.Text;

namespace Vigil.Core.Identifiers;

/// <summary>
/// Bank accounts. IBANs (ISO 13616) become the electronic form, upper case without separators
/// (<c>GB82WEST12345698765432</c>), checked for country, length and MOD 97-10. US accounts given as
/// <c>routing:account</c> become <c>021000021:123456789</c> with the ABA routing checksum verified. Anything else is
/// upper-case alphanumerics, separators removed. <see cref="Identifier.Detail"/>: <c>iban</c>, <c>us-aba</c> or
/// <c>account</c>; for an invalid value, <c>kind: reason</c>.
/// </summary>
public static class BankAccountCanonicalizer
{
    public static Identifier Canonicalize(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = TextFolding.Normalize(raw, NormalizationForm.FormKC).Trim();
        var compact = Compact(text);
        // The paper form may carry an "IBAN" label: "IBAN GB82 WEST ...". Dropped only when an IBAN shape follows.
        if (compact.StartsWith("IBAN", StringComparison.Ordinal) && LooksLikeIban(compact[4..]))
        {
            compact = compact[4..];
        }
        if (LooksLikeIban(compact))
        {
            return Iban(raw, compact);
        }
        if (TrySplitRouting(text, out var routing, out var account))
        {
            return UsAba(raw, routing, account);
        }
        if (text.Contains(':', StringComparison.Ordinal))
        {
            var parts = text.Split(':').Select(Compact);
            var joined = string.Join(':', parts);
            return new Identifier(IdentifierKind.BankAccount, joined, raw, false, "account: unrecognised composite form");
        }
        return compact.Length is >= 4 and <= 34
            ? new Identifier(IdentifierKind.BankAccount, compact, raw, true, "account")
            : new Identifier(IdentifierKind.BankAccount, compact, raw, false, compact.Length < 4 ? "account: too short" : "account: too long");
    }

    /// <summary>Validates an IBAN already in electronic form (upper case, no separators).</summary>
    public static bool IsValidIban(string iban) => IbanError(iban) is null;

    /// <summary>The ISO 3166-1 alpha-2 country of a valid canonical IBAN, or null.</summary>
    public static string? CountryOf(string canonicalIban) =>
        canonicalIban is not null && IsValidIban(canonicalIban) ? canonicalIban[..2] : null;

    /// <summary>ABA routing number checksum: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10).</summary>
    public static bool IsValidAbaRouting(string routing)
    {
        ArgumentNullException.ThrowIfNull(routing);
        if (routing.Length != 9 || !routing.All(char.IsAsciiDigit))
        {
            return false;
        }
        int[] weights = [3, 7, 1];
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (routing[i] - '0') * weights[i % 3];
        }
        return sum % 10 == 0;
    }

    private static bool LooksLikeIban(string compact) =>
        compact.Length >= 5 && char.IsAsciiLetter(compact[0]) && char.IsAsciiLetter(compact[1])
        && char.IsAsciiDigit(compact[2]) && char.IsAsciiDigit(compact[3]);

    private static Identifier Iban(string raw, string iban)
    {
        var error = IbanError(iban);
        return error is null
            ? new Identifier(IdentifierKind.BankAccount, iban, raw, true, "iban")
            : new Identifier(IdentifierKind.BankAccount, iban, raw, false, "iban: " + error);
    }

    private static string? IbanError(string iban)
    {
        ArgumentNullException.ThrowIfNull(iban);
        if (iban.Length < 5 || !iban.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c)))
        {
            return "not in electronic form";
        }
        var country = iban[..2];
        if (!IbanRegistry.Lengths.TryGetValue(country, out var length))
        {
            return $"{country} does not use IBAN";
        }
        if (iban.Length != length)
        {
            return $"length {iban.Length}, {country} IBANs have {length}";
        }
        if (iban[2..4] is "00" or "01" or "99")
        {
            return "check digits out of range";
        }
        return IbanRegistry.Mod97IsValid(iban) ? null : "checksum failed";
    }

    private static bool TrySplitRouting(string text, out string routing, out string account)
    {
        routing = account = "";
        var parts = text.Split([':', '/', ' ', '|', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2)
        {
            return false;
        }
        var first = Compact(parts[0]);
        var second = Compact(parts[1]);
        // A bare space is also how people group long numbers, so only an ABA-valid first group counts then.
        var explicitSeparator = text.IndexOfAny([':', '/', '|', ';']) >= 0;
        if (first.Length != 9 || !first.All(char.IsAsciiDigit) || !second.All(char.IsAsciiDigit) || second.Length == 0
            || !explicitSeparator && !IsValidAbaRouting(first))
        {
            return false;
        }
        routing = first;
        account = second;
        return true;
    }

    private static Identifier UsAba(string raw, string routing, string account)
    {
        var value = $"{routing}:{account}";
        if (!IsValidAbaRouting(routing))
        {
            return new Identifier(IdentifierKind.BankAccount, value, raw, false, "us-aba: routing checksum failed");
        }
        return account.Length is >= 4 and <= 17
            ? new Identifier(IdentifierKind.BankAccount, value, raw, true, "us-aba")
            : new Identifier(IdentifierKind.BankAccount, value, raw, false, "us-aba: account must have 4 to 17 digits");
    }

    private static string Compact(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(char.ToUpperInvariant(c));
            }
        }
        return sb.ToString();
    }
}
