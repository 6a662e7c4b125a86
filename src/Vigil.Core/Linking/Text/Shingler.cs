namespace Vigil.Core.Linking.Text;

/// <summary>
/// Turns text into a set of 64-bit shingle hashes: the text is normalized by <see cref="TextNormalizer"/>, then every
/// run of k consecutive words (or characters) is hashed with <see cref="StableHash"/>. A text shorter than k gives one
/// shingle (the whole text); an empty text gives none.
/// </summary>
public static class Shingler
{
    /// <summary>Sorted, distinct shingle hashes of <paramref name="text"/>.</summary>
    public static ulong[] Shingle(string text, ShingleKind kind, int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return [];
        }
        var hashes = kind == ShingleKind.Word ? WordShingles(normalized, k) : CharacterShingles(normalized, k);
        Array.Sort(hashes);
        var n = 0;
        for (var i = 0; i < hashes.Length; i++)
        {
            if (i == 0 || hashes[i] != hashes[n - 1])
            {
                hashes[n++] = hashes[i];
            }
        }
        Array.Resize(ref hashes, n);
        return hashes;
    }

    private static ulong[] WordShingles(string normalized, int k)
    {
        var words = new List<ulong>(normalized.Length / 6 + 1);
        foreach (var range in normalized.AsSpan().Split(' '))
        {
            words.Add(StableHash.Hash(normalized.AsSpan()[range]));
        }
        var count = Math.Max(1, words.Count - k + 1);
        var result = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            var h = (ulong)k;
            for (var j = i; j < Math.Min(words.Count, i + k); j++)
            {
                h = StableHash.Combine(h, words[j]);
            }
            result[i] = h;
        }
        return result;
    }

    private static ulong[] CharacterShingles(string normalized, int k)
    {
        var span = normalized.AsSpan();
        var count = Math.Max(1, span.Length - k + 1);
        var result = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = StableHash.Hash(span.Slice(i, Math.Min(k, span.Length - i)));
        }
        return result;
    }

    /// <summary>
    /// Exact Jaccard similarity |A ∩ B| / |A ∪ B| of two sorted distinct arrays. Two empty sets score 0: empty texts
    /// are never near duplicates of each other.
    /// </summary>
    public static double Jaccard<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b) where T : IComparable<T>
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            var c = a[i].CompareTo(b[j]);
            if (c == 0)
            {
                common++;
                i++;
                j++;
            }
            else if (c < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return (double)common / (a.Length + b.Length - common);
    }
}
