using System.Globalization;
using System.Text;

namespace Vigil.Core.Identifiers;

/// <summary>
/// Shared text folding for names and addresses: compatibility-normalized, Latin and Greek diacritics removed, lower
/// case, punctuation to single spaces. Letters of every script are kept (Hangul, CJK, Cyrillic, Arabic...).
/// </summary>
/// <remarks>
/// Diacritics are removed only from Latin and Greek letters: on those they are spelling variants that forms and
/// keyboards lose (José/Jose). On other scripts a combining mark changes the letter itself (Japanese dakuten turns
/// か into が; Cyrillic й is not и), so it is kept and the text recomposed (NFC), which also rebuilds Hangul syllables
/// from their jamo.
/// </remarks>
public static class TextFolding
{
    private static readonly Dictionary<char, string> Letters = new()
    {
        ['ß'] = "ss", ['ẞ'] = "ss", ['æ'] = "ae", ['Æ'] = "ae", ['œ'] = "oe", ['Œ'] = "oe", ['ø'] = "o", ['Ø'] = "o",
        ['đ'] = "d", ['Đ'] = "d", ['ð'] = "d", ['Ð'] = "d", ['ł'] = "l", ['Ł'] = "l", ['ı'] = "i", ['þ'] = "th",
        ['Þ'] = "th", ['ħ'] = "h", ['Ħ'] = "h", ['ŧ'] = "t", ['Ŧ'] = "t", ['ŋ'] = "ng", ['Ŋ'] = "ng",
    };

    /// <summary>Folds <paramref name="text"/>; apostrophes vanish without a space (O'Brien == OBrien), other
    /// punctuation and symbols become one space.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = Normalize(text, NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        var space = true;
        var foldMarks = false;
        foreach (var rune in decomposed.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                if (!foldMarks && !space)
                {
                    sb.Append(rune.ToString());
                }
                continue;
            }
            if (rune.Value is '\'' or '\u2019' or '\u02BC' or '`' or '\u00B4' or '\u2018')
            {
                continue;
            }
            if (Rune.IsLetterOrDigit(rune))
            {
                if (rune.IsBmp && Letters.TryGetValue((char)rune.Value, out var replacement))
                {
                    sb.Append(replacement);
                }
                else
                {
                    sb.Append(Rune.ToLowerInvariant(rune).ToString());
                }
                foldMarks = IsLatinOrGreek(rune.Value);
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
        return Normalize(sb.ToString(), NormalizationForm.FormC);
    }

    /// <summary><see cref="string.Normalize(NormalizationForm)"/> that never throws: unpaired surrogates (which make
    /// the BCL throw) become U+FFFD first.</summary>
    public static string Normalize(string text, NormalizationForm form)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return text.Normalize(form);
        }
        catch (ArgumentException)
        {
            return ReplaceLoneSurrogates(text).Normalize(form);
        }
    }

    /// <summary>Replaces unpaired UTF-16 surrogates with U+FFFD.</summary>
    public static string ReplaceLoneSurrogates(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }
        return new string(chars);
    }

    private static bool IsLatinOrGreek(int c) =>
        c < 0x0250 || c is >= 0x1E00 and <= 0x1EFF || c is >= 0x0370 and <= 0x03FF || c is >= 0x1F00 and <= 0x1FFF;
}
