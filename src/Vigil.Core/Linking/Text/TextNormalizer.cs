using System.Globalization;
using System.Text;

namespace Vigil.Core.Linking.Text;

/// <summary>
/// Normalizes text before shingling so that trivial edits do not change the shingles: compatibility forms and
/// accents are folded (NFKD, combining marks dropped), case is folded (invariant), every run of punctuation,
/// symbols or whitespace becomes one space. Letters and digits of every script are kept.
/// </summary>
public static class TextNormalizer
{
    /// <summary>The normalized text: lower-case words separated by single spaces, no leading or trailing space.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string decomposed;
        try
        {
            decomposed = text.Normalize(NormalizationForm.FormKD);
        }
        catch (ArgumentException)
        {
            // Lone surrogates (mojibake) make Normalize throw; fall back to the raw text.
            decomposed = text;
        }
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                or UnicodeCategory.Format)
            {
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }
                pendingSpace = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }
        return sb.ToString();
    }
}
