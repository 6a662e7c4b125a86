using System.Text;

namespace Vigil.Core.Identifiers;

/// <summary>Email addresses: NFKC, lower case, IDN domain to punycode; Gmail dots and +tags removed.</summary>
public static class EmailCanonicalizer
{
    private static readonly System.Globalization.IdnMapping Idn = new();

    public static Identifier Canonicalize(string raw)
    {
        var text = raw.Trim().Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var at = text.LastIndexOf('@');
        if (at <= 0 || at == text.Length - 1)
        {
            return new Identifier(IdentifierKind.Email, text, raw, false, "missing local part or domain");
        }
        var local = text[..at];
        var domain = text[(at + 1)..].TrimEnd('.');
        try
        {
            domain = Idn.GetAscii(domain);
        }
        catch (ArgumentException)
        {
            return new Identifier(IdentifierKind.Email, text, raw, false, "invalid domain");
        }
        if (domain is "googlemail.com")
        {
            domain = "gmail.com";
        }
        if (domain is "gmail.com")
        {
            var plus = local.IndexOf('+', StringComparison.Ordinal);
            if (plus >= 0)
            {
                local = local[..plus];
            }
            local = local.Replace(".", "", StringComparison.Ordinal);
        }
        return new Identifier(IdentifierKind.Email, $"{local}@{domain}", raw, local.Length > 0 && domain.Contains('.', StringComparison.Ordinal));
    }
}
