using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Vigil.Core.Names;
using Vigil.Screening.Lists;

namespace Vigil.Screening.Matching;

/// <summary>
/// Turns a name into match tokens, Watchman-style: Hangul romanized (McCune-Reischauer as lists spell DPRK
/// names), "LAST, First" reordered, apostrophes dropped (MR "Myo'ng" → myong), hyphens and punctuation split,
/// diacritics and case folded, company suffixes and stop words removed from organization names.
/// Idempotent on its own output; pure and thread-safe.
/// </summary>
public static class NameNormalizer
{
    private static readonly FrozenSet<string> OrgStopWords = new[]
    {
        "the", "of", "and", "co", "company", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc",
        "liability", "jsc", "ojsc", "cjsc", "pjsc", "oao", "zao", "ooo", "gmbh", "ag", "sa", "plc", "llp", "lp",
        "bv", "nv", "srl", "spa", "pte", "pvt", "private", "sdn", "bhd", "fze", "fzco", "fzc", "fzllc", "sarl",
        "kg", "as", "ab", "oy", "sro", "sas", "joint", "stock", "closed", "open", "public", "group",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PersonStopWords = new[]
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "jr", "sr",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Tokens of <paramref name="name"/>. Organization suffixes are removed unless the entity is a person;
    /// a name made only of suffixes keeps them (so "LLC" alone is not empty).</summary>
    public static string[] Tokens(string name, EntityType type = EntityType.Unknown)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return [];
        }
        var text = name;
        if (HangulRomanizer.ContainsHangul(text))
        {
            text = HangulRomanizer.RomanizeName(text, KoreanRomanization.McCuneReischauer);
        }
        text = Reorder(text, type);
        var folded = Fold(text);
        var tokens = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var stop = type == EntityType.Person ? PersonStopWords : OrgStopWords;
        var kept = new List<string>(tokens.Length);
        foreach (var t in tokens)
        {
            if (!stop.Contains(t) && !PersonStopWords.Contains(t))
            {
                kept.Add(t);
            }
        }
        var result = kept.Count > 0 ? kept.ToArray() : tokens;
        // Real names have a handful of tokens; cap pathological input so scoring stays bounded.
        return result.Length > NameScorer.MaxTokens ? result[..NameScorer.MaxTokens] : result;
    }

    /// <summary>"LAST, First" → "First LAST" when there is exactly one comma and what follows it is not a company
    /// suffix ("ACME, LTD." stays).</summary>
    public static string Reorder(string name, EntityType type)
    {
        if (type is EntityType.Organization or EntityType.Vessel or EntityType.Aircraft)
        {
            return name;
        }
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma <= 0 || name.IndexOf(',', comma + 1) >= 0)
        {
            return name;
        }
        var after = name[(comma + 1)..];
        var afterTokens = Fold(after).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (afterTokens.Length == 0 || afterTokens.All(OrgStopWords.Contains))
        {
            return name;
        }
        return after.Trim() + " " + name[..comma].Trim();
    }

    /// <summary>NFKD, marks removed, lower case, apostrophes deleted, other punctuation to single spaces.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        var space = true;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }
            if (c is '\'' or '\u2019' or '\u2018' or '`' or '\u02BC' or '\u02BB')
            {
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                // Appending chars, not one-char strings: this runs for every character of every indexed name and query.
                if (c == 'ß')
                {
                    sb.Append("ss");
                }
                else
                {
                    sb.Append(c switch { 'ø' or 'Ø' => 'o', 'đ' or 'Đ' => 'd', 'ł' or 'Ł' => 'l', 'ı' => 'i', _ => char.ToLowerInvariant(c) });
                }
                space = false;
            }
            else if (!space)
            {
                sb.Append(' ');
                space = true;
            }
        }
        if (sb.Length > 0 && sb[^1] == ' ')
        {
            sb.Length--;
        }
        return sb.ToString();
    }
}
