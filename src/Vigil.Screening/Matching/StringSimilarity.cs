using System.Text;

namespace Vigil.Screening.Matching;

/// <summary>
/// Textbook string measures (checked against jellyfish's vectors): Jaro, Jaro-Winkler, Levenshtein,
/// Damerau-Levenshtein, American Soundex. Allocation-free except Soundex and Damerau's table. Thread-safe.
/// </summary>
public static class StringSimilarity
{
    /// <summary>Jaro similarity in [0, 1].</summary>
    public static double Jaro(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0 && b.Length == 0)
        {
            return 1;
        }
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }
        var range = Math.Max(0, Math.Max(a.Length, b.Length) / 2 - 1);
        Span<bool> aFlags = a.Length <= 128 ? stackalloc bool[a.Length] : new bool[a.Length];
        Span<bool> bFlags = b.Length <= 128 ? stackalloc bool[b.Length] : new bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var lo = Math.Max(0, i - range);
            var hi = Math.Min(b.Length - 1, i + range);
            for (var j = lo; j <= hi; j++)
            {
                if (!bFlags[j] && a[i] == b[j])
                {
                    aFlags[i] = true;
                    bFlags[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0)
        {
            return 0;
        }
        var transpositions = 0;
        var k = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!aFlags[i])
            {
                continue;
            }
            while (!bFlags[k])
            {
                k++;
            }
            if (a[i] != b[k])
            {
                transpositions++;
            }
            k++;
        }
        double m = matches;
        return (m / a.Length + m / b.Length + (m - transpositions / 2) / m) / 3.0;
    }

    /// <summary>Jaro-Winkler with prefix scale 0.1 over at most 4 common leading characters.</summary>
    public static double JaroWinkler(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var jaro = Jaro(a, b);
        var prefix = 0;
        var max = Math.Min(4, Math.Min(a.Length, b.Length));
        while (prefix < max && a[prefix] == b[prefix])
        {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    /// <summary>Levenshtein edit distance.</summary>
    public static int Levenshtein(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0)
        {
            return b.Length;
        }
        if (b.Length == 0)
        {
            return a.Length;
        }
        Span<int> prev = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> curr = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            curr[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                curr[j] = Math.Min(Math.Min(curr[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            var tmp = prev;
            prev = curr;
            curr = tmp;
        }
        return prev[b.Length];
    }

    /// <summary>Damerau-Levenshtein distance (unrestricted: transpositions of non-adjacent edits allowed).</summary>
    public static int DamerauLevenshtein(string a, string b)
    {
        var inf = a.Length + b.Length;
        var da = new Dictionary<char, int>();
        var d = new int[a.Length + 2, b.Length + 2];
        d[0, 0] = inf;
        for (var i = 0; i <= a.Length; i++)
        {
            d[i + 1, 0] = inf;
            d[i + 1, 1] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j + 1] = inf;
            d[1, j + 1] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            var db = 0;
            for (var j = 1; j <= b.Length; j++)
            {
                var i1 = da.GetValueOrDefault(b[j - 1]);
                var j1 = db;
                var cost = 1;
                if (a[i - 1] == b[j - 1])
                {
                    cost = 0;
                    db = j;
                }
                d[i + 1, j + 1] = Math.Min(Math.Min(d[i, j] + cost, d[i + 1, j] + 1), Math.Min(d[i, j + 1] + 1, d[i1, j1] + (i - i1 - 1) + 1 + (j - j1 - 1)));
            }
            da[a[i - 1]] = i;
        }
        return d[a.Length + 1, b.Length + 1];
    }

    /// <summary>American Soundex (letter + 3 digits; H and W do not separate equal codes). Empty for no letters.</summary>
    public static string Soundex(string text)
    {
        var sb = new StringBuilder(4);
        var last = '\0';
        // Diacritics fold to their base letter (Ç → C), as jellyfish does.
        foreach (var raw in text.Normalize(NormalizationForm.FormKD))
        {
            var c = char.ToUpperInvariant(raw);
            if (c is < 'A' or > 'Z')
            {
                continue;
            }
            var code = SoundexCode(c);
            if (sb.Length == 0)
            {
                sb.Append(c);
                last = code;
                continue;
            }
            if (c is 'H' or 'W')
            {
                continue;
            }
            if (code == '0')
            {
                last = '0';
                continue;
            }
            if (code != last)
            {
                sb.Append(code);
                if (sb.Length == 4)
                {
                    break;
                }
            }
            last = code;
        }
        if (sb.Length == 0)
        {
            return "";
        }
        return sb.ToString().PadRight(4, '0');
    }

    private static char SoundexCode(char c) => c switch
    {
        'B' or 'F' or 'P' or 'V' => '1',
        'C' or 'G' or 'J' or 'K' or 'Q' or 'S' or 'X' or 'Z' => '2',
        'D' or 'T' => '3',
        'L' => '4',
        'M' or 'N' => '5',
        'R' => '6',
        _ => '0',
    };
}
