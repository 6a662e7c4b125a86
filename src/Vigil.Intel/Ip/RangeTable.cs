using System.Numerics;

namespace Vigil.Intel.Ip;

/// <summary>
/// Frozen, non-overlapping, sorted inclusive ranges of <typeparamref name="TKey"/> (uint for IPv4, UInt128 for IPv6),
/// each carrying an int payload (an index into the owner's value table). Lookup is one binary search over a flat
/// array: no allocation, thread-safe because nothing changes after construction.
/// </summary>
public sealed class RangeTable<TKey>
    where TKey : struct, IBinaryInteger<TKey>
{
    private readonly TKey[] _starts;
    private readonly TKey[] _ends;
    private readonly int[] _values;

    /// <summary>Takes ownership of the arrays. Callers guarantee: same length, sorted by start, no overlap,
    /// start ≤ end. (Checked here once, since a broken invariant would silently give wrong answers.)</summary>
    internal RangeTable(TKey[] starts, TKey[] ends, int[] values)
    {
        if (starts.Length != ends.Length || starts.Length != values.Length)
        {
            throw new ArgumentException("starts, ends and values must have the same length");
        }
        for (var i = 0; i < starts.Length; i++)
        {
            if (starts[i] > ends[i] || (i > 0 && starts[i] <= ends[i - 1]))
            {
                throw new ArgumentException($"ranges must be sorted and disjoint (at index {i})");
            }
        }
        _starts = starts;
        _ends = ends;
        _values = values;
    }

    public static RangeTable<TKey> Empty { get; } = new([], [], []);

    public int Count => _starts.Length;

    /// <summary>The payload of the range holding <paramref name="key"/>, or -1.</summary>
    public int Find(TKey key)
    {
        // Last start <= key: classic upper-bound search, then one comparison with that range's end.
        var lo = 0;
        var hi = _starts.Length - 1;
        var found = -1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (_starts[mid] <= key)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return found >= 0 && key <= _ends[found] ? _values[found] : -1;
    }

    public (TKey Start, TKey End, int Value) this[int index] => (_starts[index], _ends[index], _values[index]);

    /// <summary>Builds from possibly unsorted, possibly overlapping ranges; where ranges overlap, the one that starts
    /// first keeps the overlap (ties: the one listed first). Meant for tables that are disjoint up to noise, such as
    /// ip-location-db's ASN CSV; for real overlaps with precedence use <see cref="AnonymizerRangesBuilder"/>.</summary>
    public static RangeTable<TKey> FromFirstWins(IReadOnlyList<(TKey Start, TKey End, int Value)> ranges)
    {
        // Sort by start; for ties by original order so "first wins" holds. Then clip each range against what is
        // already covered. ASN tables are nearly disjoint already, so this is one pass in practice.
        var order = new int[ranges.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        Array.Sort(order, (x, y) =>
        {
            var c = ranges[x].Start.CompareTo(ranges[y].Start);
            return c != 0 ? c : x.CompareTo(y);
        });
        var starts = new List<TKey>(ranges.Count);
        var ends = new List<TKey>(ranges.Count);
        var values = new List<int>(ranges.Count);
        foreach (var i in order)
        {
            var (start, end, value) = ranges[i];
            if (starts.Count > 0)
            {
                var lastEnd = ends[^1];
                if (end <= lastEnd)
                {
                    continue;
                }
                if (start <= lastEnd)
                {
                    start = lastEnd + TKey.One;
                }
            }
            starts.Add(start);
            ends.Add(end);
            values.Add(value);
        }
        return new RangeTable<TKey>([.. starts], [.. ends], [.. values]);
    }
}
