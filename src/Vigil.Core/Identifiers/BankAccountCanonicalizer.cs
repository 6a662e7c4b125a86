using System.Numerics;
using System.Text;

namespace Vigil.Core.Identifiers;

/// <summary>IBANs (ISO 13616, mod-97 checked) and other bank account numbers, upper case without separators.</summary>
public static class BankAccountCanonicalizer
{
    public static Identifier Canonicalize(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        foreach (var c in raw.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(char.ToUpperInvariant(c));
            }
        }
        var value = sb.ToString();
        if (value.Length >= 15 && char.IsAsciiLetter(value[0]) && char.IsAsciiLetter(value[1]) && char.IsAsciiDigit(value[2]) && char.IsAsciiDigit(value[3]))
        {
            return IsValidIban(value)
                ? new Identifier(IdentifierKind.BankAccount, value, raw, true, "iban")
                : new Identifier(IdentifierKind.BankAccount, value, raw, false, "iban checksum failed");
        }
        return new Identifier(IdentifierKind.BankAccount, value, raw, value.Length >= 4, "account");
    }

    public static bool IsValidIban(string iban)
    {
        var rearranged = iban[4..] + iban[..4];
        var digits = new StringBuilder(rearranged.Length * 2);
        foreach (var c in rearranged)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                digits.Append(c - 'A' + 10);
            }
            else
            {
                return false;
            }
        }
        return BigInteger.Parse(digits.ToString(), System.Globalization.CultureInfo.InvariantCulture) % 97 == 1;
    }
}
