using System.Text;
using System.Text.RegularExpressions;

namespace Vigil.Core.Names;

/// <summary>
/// Equivalence of romanized Korean name tokens across systems and customs: Kim/Gim, Pak/Park/Bak,
/// Ri/Rhee/Lee/Yi/I, Choe/Choi, Jong/Chong/Jeong/Chung, Chol/Cheol/Chul, Hyok/Hyeok, Song/Seong, Kyong/Gyeong.
/// <see cref="Key"/> maps a token to a phonetic skeleton (aspiration, voicing and the ŏ/eo, ŭ/eu spellings
/// collapsed; surnames through a variant table); two tokens are romanization variants when their keys are equal.
/// </summary>
/// <remarks>
/// Keys are only meaningful for tokens that <see cref="LooksKorean"/>: one to three romanized syllables.
/// Callers must not apply them to other names (Tom/Dom would otherwise collide). Joined given names
/// ("Songil" vs "Song Il") are the caller's concern: compare the joined tokens' keys.
/// </remarks>
public static partial class KoreanNameKey
{
    private static readonly Dictionary<string, string> SurnameGroups = BuildSurnames();

    /// <summary>True when the token (lower-case ASCII letters) reads as one to three romanized Korean syllables.</summary>
    public static bool LooksKorean(string token) => token.Length is > 0 and <= 12 && SyllablePattern().IsMatch(token);

    /// <summary>The phonetic key of a lower-case token (see the class remarks).</summary>
    public static string Key(string token)
    {
        if (SurnameGroups.TryGetValue(token, out var group))
        {
            return group;
        }
        var s = new StringBuilder(token.Length);
        foreach (var c in token)
        {
            if (char.IsAsciiLetterLower(c))
            {
                s.Append(c);
            }
        }
        var t = s.ToString();
        t = t.Replace("eo", "o", StringComparison.Ordinal).Replace("eu", "u", StringComparison.Ordinal)
            .Replace("oo", "u", StringComparison.Ordinal).Replace("ee", "i", StringComparison.Ordinal)
            .Replace("tch", "j", StringComparison.Ordinal).Replace("ch", "j", StringComparison.Ordinal)
            .Replace("sh", "s", StringComparison.Ordinal).Replace("rh", "r", StringComparison.Ordinal)
            .Replace("kk", "g", StringComparison.Ordinal).Replace("tt", "d", StringComparison.Ordinal)
            .Replace("pp", "b", StringComparison.Ordinal).Replace("ss", "s", StringComparison.Ordinal)
            .Replace("jj", "j", StringComparison.Ordinal).Replace("oi", "oe", StringComparison.Ordinal)
            .Replace("ae", "e", StringComparison.Ordinal).Replace("yi", "i", StringComparison.Ordinal)
            .Replace("wo", "o", StringComparison.Ordinal);
        var sb = new StringBuilder(t.Length);
        foreach (var c in t)
        {
            sb.Append(c switch { 'k' => 'g', 't' => 'd', 'p' => 'b', 'l' => 'r', 'f' => 'b', _ => c });
        }
        // Chung (MR) and Jung are common list spellings of 정 as well as 중.
        var key = sb.ToString();
        return key is "jung" ? "jong" : key;
    }

    /// <summary>The key of a token that is a known surname spelling or reads as Korean syllables, else null.</summary>
    public static string? TryKey(string token) =>
        SurnameGroups.TryGetValue(token, out var group) ? group : LooksKorean(token) ? Key(token) : null;

    /// <summary>True when both tokens have keys (see <see cref="TryKey"/>) and the keys are equal.</summary>
    public static bool AreVariants(string a, string b) => TryKey(a) is { } ka && ka == TryKey(b);

    private static Dictionary<string, string> BuildSurnames()
    {
        string[][] groups =
        [
            ["gim", "kim", "gim", "ghim", "kimm"],
            ["ri", "ri", "rhee", "lee", "yi", "i", "li", "rhi", "rie", "yee", "ree"],
            ["bag", "pak", "park", "bak", "bahk", "parg"],
            ["joe", "choe", "choi", "chwe", "choy", "chey"],
            ["jong", "jong", "chong", "jeong", "chung", "cheong", "jung", "joung", "chang"],
            ["rim", "rim", "lim", "im", "yim"],
            ["ro", "ro", "no", "roh", "noh"],
            ["o", "o", "oh"],
            ["so", "so", "seo", "suh", "sur"],
            ["u", "u", "woo", "wu"],
            ["an", "an", "ahn"],
            ["ryu", "ryu", "yu", "yoo", "ryoo", "lyu", "you"],
            ["jo", "jo", "cho", "joe"],
            ["jon", "jon", "chon", "jeon", "chun", "cheon", "jun"],
            ["hyon", "hyon", "hyun", "hyeon"],
            ["myong", "myong", "myung", "myeong"],
            ["kang", "kang", "gang"],
        ];
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var g in groups)
        {
            foreach (var v in g.Skip(1))
            {
                map.TryAdd(v, g[0]);
            }
        }
        // "chang" belongs to 장 (Jang/Chang), not 정; keep it as its own key.
        map["chang"] = "jang";
        map["jang"] = "jang";
        return map;
    }

    [GeneratedRegex("^(?:(?:kk|tt|pp|ss|jj|tch|ch|sh|g|k|n|d|t|r|l|m|b|p|s|j|h|y|w)?(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|oi|yo|wo|we|wi|yu|eu|ui|oo|ee|a|e|o|u|i)(?:ng|k|n|t|l|m|p|g|r)?){1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex SyllablePattern();
}
