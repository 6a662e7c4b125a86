namespace Vigil.Core.Identifiers;

/// <summary>Person names: "LAST, First" reordered, folded (diacritics, case, punctuation).</summary>
public static class PersonNameCanonicalizer
{
    public static Identifier Canonicalize(string raw)
    {
        var text = raw.Trim();
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0 && text.IndexOf(',', comma + 1) < 0)
        {
            text = $"{text[(comma + 1)..]} {text[..comma]}";
        }
        var value = TextFolding.Fold(text);
        return new Identifier(IdentifierKind.Name, value, raw, value.Length > 0);
    }
}
