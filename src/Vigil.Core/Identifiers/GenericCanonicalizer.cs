using System.Text;

namespace Vigil.Core.Identifiers;

/// <summary>Device ids, document numbers, photo hashes: trimmed, NFKC, upper-cased, inner spaces and dashes removed.</summary>
public static class GenericCanonicalizer
{
    public static Identifier Canonicalize(IdentifierKind kind, string raw)
    {
        var text = TextFolding.Normalize(raw, NormalizationForm.FormKC).Trim();
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '-' or '_' or '.' or ':')
            {
                continue;
            }
            sb.Append(kind == IdentifierKind.PhotoHash ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c));
        }
        // Removing a separator can bring a letter next to a combining mark; normalize again so the value is a fixed point.
        var value = TextFolding.Normalize(sb.ToString(), NormalizationForm.FormKC);
        return value.Length == 0
            ? new Identifier(kind, text, raw, false, "empty")
            : new Identifier(kind, value, raw, true);
    }
}
