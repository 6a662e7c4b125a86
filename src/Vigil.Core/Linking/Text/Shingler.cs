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

    /// <summary>
    /// <see cref="Jaccard{T}"/> when it is at least <paramref name="min"/>; otherwise some value below
    /// <paramref name="min"/>, often found after a fraction of the merge: J ≥ m needs |A ∩ B| ≥ m(|A| + |B|)/(1 + m),
    /// so the merge stops once more elements of A or B have gone unmatched than that allows. Confirming LSH candidates,
    /// most of which are well below the threshold, costs a quarter of a full merge this way.
    /// </summary>
    public static double JaccardAtLeast(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b, double min)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }
        if (min <= 0)
        {
            return Jaccard<uint>(a, b);
        }
        var (small, large) = a.Length <= b.Length ? (a.Length, b.Length) : (b.Length, a.Length);
        if (small < min * large)
        {
            return (double)small / large; // an upper bound on the Jaccard, already below min
        }
        var needed = (int)Math.Ceiling(min * (a.Length + b.Length) / (1 + min) - 1e-9);
        int missA = a.Length - needed, missB = b.Length - needed;
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
                if (--missA < 0)
                {
                    return Below(min);
                }
            }
            else
            {
                j++;
                if (--missB < 0)
                {
                    return Below(min);
                }
            }
        }
        return (double)common / (a.Length + b.Length - common);
    }

    private static double Below(double min) => Math.BitDecrement(min);
}
