namespace Vigil.Core.Linking;

/// <summary>
/// Finds stored <see cref="PhotoHash"/>es within a Hamming radius by multi-index hashing: the 256 bits are cut into
/// 16 chunks of 16 bits, each chunk indexed in its own table. If two hashes are within distance <c>r</c>, by the
/// pigeonhole principle some chunk differs in at most <c>⌊r/16⌋</c> bits, so probing every chunk value within that
/// many bit flips finds every true neighbour; candidates are then verified by full distance.
/// </summary>
/// <remarks>Incremental (<see cref="Add"/> any time). Not thread-safe for concurrent writers.</remarks>
public sealed class HammingIndex<TKey> where TKey : notnull
{
    private const int Chunks = 16;
    private readonly Dictionary<ushort, List<int>>[] _tables = new Dictionary<ushort, List<int>>[Chunks];
    private readonly List<(TKey Key, PhotoHash Hash)> _items = [];

    public HammingIndex()
    {
        for (var i = 0; i < Chunks; i++)
        {
            _tables[i] = [];
        }
    }

    public int Count => _items.Count;

    public void Add(TKey key, PhotoHash hash)
    {
        var slot = _items.Count;
        _items.Add((key, hash));
        for (var c = 0; c < Chunks; c++)
        {
            var chunk = hash.Chunk(c);
            if (!_tables[c].TryGetValue(chunk, out var list))
            {
                _tables[c][chunk] = list = [];
            }
            list.Add(slot);
        }
    }

    /// <summary>Stored entries within <paramref name="radius"/> bits (inclusive), nearest first.</summary>
    /// <remarks>At most two bit flips per chunk are probed (137 probes per chunk), so every neighbour up to 47 bits
    /// is guaranteed; beyond that a neighbour is found when any chunk is within two bits of the query, which for
    /// 48–63 bits spread over 16 chunks almost always holds. Probing three flips would cost 5× more for that
    /// sliver of recall.</remarks>
    public IReadOnlyList<(TKey Key, PhotoHash Hash, int Distance)> Query(PhotoHash hash, int radius)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(radius);
        var flips = Math.Min(2, radius / Chunks);
        var seen = new HashSet<int>();
        var result = new List<(TKey, PhotoHash, int)>();
        for (var c = 0; c < Chunks; c++)
        {
            var chunk = hash.Chunk(c);
            Probe(c, chunk);
            if (flips >= 1)
            {
                for (var i = 0; i < 16; i++)
                {
                    var one = (ushort)(chunk ^ (1 << i));
                    Probe(c, one);
                    if (flips >= 2)
                    {
                        for (var j = i + 1; j < 16; j++)
                        {
                            Probe(c, (ushort)(one ^ (1 << j)));
                        }
                    }
                }
            }
        }
        result.Sort((a, b) => a.Item3.CompareTo(b.Item3));
        return result;

        void Probe(int table, ushort value)
        {
            if (!_tables[table].TryGetValue(value, out var list))
            {
                return;
            }
            foreach (var slot in list)
            {
                if (!seen.Add(slot))
                {
                    continue;
                }
                var (key, other) = _items[slot];
                var d = hash.Distance(other);
                if (d <= radius)
                {
                    result.Add((key, other, d));
                }
            }
        }
    }
}
