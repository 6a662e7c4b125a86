using System.Collections.Frozen;
using System.Text;

namespace Vigil.Core.Identifiers;

/// <summary>
/// Person names to one comparable form: <c>LAST, First</c> reordered to <c>first last</c>, titles (Mr, Dr, Prof...)
/// and suffixes (Jr, III, PhD...) removed, then folded by <see cref="TextFolding.Fold"/> (case, Latin diacritics,
/// hyphens and punctuation to spaces, apostrophes dropped). Letters of every script are kept.
/// </summary>
/// <remarks>
/// One canonical value only: romanization alternates (Korean and others) are produced elsewhere
/// (<c>Vigil.Core.Names</c>), not here. A name with no letter at all is flagged invalid but kept.
/// </remarks>
public static class PersonNameCanonicalizer
{
    private static readonly FrozenSet<string> Titles = new[]
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "madam", "rev", "fr", "hon",
        "mister", "doctor", "herr", "frau", "mme", "mlle", "sra", "srta",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Suffixes = new[]
    {
        "jr", "junior", "sr", "senior", "ii", "iii", "iv", "phd", "md", "esq", "dds", "mba", "cpa", "pe", "rn",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static Identifier Canonicalize(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = TextFolding.Normalize(raw, NormalizationForm.FormKC).Trim();
        var parts = text.Split(',').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        // "Smith, John, Jr." and "John Smith, PhD": trailing comma parts that are only suffixes go first.
        while (parts.Count > 1 && IsOnlySuffixes(parts[^1]))
        {
            parts.RemoveAt(parts.Count - 1);
        }
        var ordered = parts.Count == 2 ? $"{parts[1]} {parts[0]}" : string.Join(' ', parts);
        var words = TextFolding.Fold(ordered).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();

        // Titles lead, suffixes trail; strip them only while a name of two words or more remains, so "Miss" or
        // "Ii" on their own survive, and names that double as titles elsewhere (Don, Sr.) are not listed.
        while (words.Count > 2 && Titles.Contains(words[0]))
        {
            words.RemoveAt(0);
        }
        while (words.Count > 2 && Suffixes.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }
        var value = string.Join(' ', words);
        return value.Any(char.IsLetter)
            ? new Identifier(IdentifierKind.Name, value, raw, true)
            : new Identifier(IdentifierKind.Name, value, raw, false, value.Length == 0 ? "empty" : "no letters");
    }

    private static bool IsOnlySuffixes(string part)
    {
        var words = TextFolding.Fold(part).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(Suffixes.Contains);
    }
}
