using System.Globalization;
using System.Text;

namespace Vigil.Core.Linking;

/// <summary>
/// Turns a text into the set of hashed word k-shingles that MinHash and exact Jaccard compare (PRF-04, FRL-03).
/// </summary>
/// <remarks>
/// Words are folded to lower case and stripped of punctuation first, so re-formatting a template (line breaks,
/// bullets, capitalisation) does not hide it. Word shingles rather than character shingles: template edits swap
/// names and numbers, and a word 3-shingle then changes in three places instead of in a dozen.
/// </remarks>
public static class Shingler
{
    public const int DefaultK = 3;

    /// <summary>Sorted, distinct 64-bit hashes of the word k-shingles of <paramref name="text"/>.</summary>
    public static ulong[] Shingles(string text, int k = DefaultK)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var words = Words(text);
        if (words.Count == 0)
        {
            return [];
        }
        var set = new HashSet<ulong>();
        if (words.Count < k)
        {
            set.Add(HashWords(words, 0, words.Count));
        }
        else
        {
            for (var i = 0; i + k <= words.Count; i++)
            {
                set.Add(HashWords(words, i, k));
            }
        }
        var result = set.ToArray();
        Array.Sort(result);
        return result;
    }

    private static List<ulong> Words(string text)
    {
        var words = new List<ulong>();
        var current = new StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                current.Append(char.ToLowerInvariant(ch));
            }
            else if (current.Length > 0)
            {
                words.Add(Fnv(current));
                current.Clear();
            }
        }
        if (current.Length > 0)
        {
            words.Add(Fnv(current));
        }
        return words;
    }

    private static ulong Fnv(StringBuilder word)
    {
        unchecked
        {
            var h = 14695981039346656037UL;
            foreach (var chunk in word.GetChunks())
            {
                foreach (var c in chunk.Span)
                {
                    h = (h ^ c) * 1099511628211UL;
                }
            }
            return h;
        }
    }

    private static ulong HashWords(List<ulong> words, int start, int count)
    {
        unchecked
        {
            var h = 0x9E3779B97F4A7C15UL;
            for (var i = start; i < start + count; i++)
            {
                h = Mix64(h ^ words[i]) + (ulong)i - (ulong)start;
            }
            return Mix64(h);
        }
    }

    /// <summary>SplitMix64 finalizer: a cheap, well-distributed 64-bit mixer.</summary>
    internal static ulong Mix64(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    internal static string Describe(int k) => k.ToString(CultureInfo.InvariantCulture) + "-word shingles";
}
