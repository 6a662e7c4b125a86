using System.Runtime.InteropServices;

namespace Vigil.Core.Linking.Photos;

/// <summary>
/// Hamming-distance search over <see cref="PhotoHash"/>es by multi-index hashing (Norouzi et al.): the 256 bits are
/// split into 16 chunks of 16 bits, each with its own table chunk value → stored hashes. By the pigeonhole principle
/// two hashes within distance d agree within ⌊d/16⌋ bits on at least one chunk, so a query probes, per chunk, every
/// value within that radius (1 value for d &lt; 16, 17 for d &lt; 32, 137 for d &lt; 48, 697 for d &lt; 64) and
/// verifies the candidates with the full distance. Radii above 3 (d ≥ 64, far beyond any match) fall back to a
/// linear scan. Results equal a brute-force scan. Thread-safe.
/// </summary>
public sealed class PhotoHashIndex
{
    private const int Chunks = 16;
    private const int MaxProbeRadius = 3;
    private readonly Lock _gate = new();
    private readonly List<Guid> _ids = [];
    private readonly List<PhotoHash> _hashes = [];
    private readonly Dictionary<ushort, List<int>>[] _tables = new Dictionary<ushort, List<int>>[Chunks];

    /// <summary>Creates an empty index.</summary>
    public PhotoHashIndex()
    {
        for (var i = 0; i < Chunks; i++)
        {
            _tables[i] = [];
        }
    }

    /// <summary>Number of hashes added.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _ids.Count;
            }
        }
    }

    /// <summary>Adds a hash. The same id may be added with several hashes (several photos of one subject).</summary>
    public void Add(Guid id, PhotoHash hash)
    {
        lock (_gate)
        {
            var entry = _ids.Count;
            _ids.Add(id);
            _hashes.Add(hash);
            for (var c = 0; c < Chunks; c++)
            {
                ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(_tables[c], hash.Chunk(c), out _);
                (list ??= []).Add(entry);
            }
        }
    }

    /// <summary>
    /// Every stored entry within <paramref name="maxDistance"/> bits of <paramref name="hash"/>, nearest first (ties in
    /// insertion order); an id added with several close hashes appears once per hash.
    /// </summary>
    public IReadOnlyList<PhotoMatch> Query(PhotoHash hash, int maxDistance)
    {
        if (maxDistance < 0)
        {
            return [];
        }
        var found = new List<(int Entry, int Distance)>();
        lock (_gate)
        {
            var radius = Math.Min(maxDistance, PhotoHash.Bits) / Chunks;
            if (radius > MaxProbeRadius)
            {
                for (var e = 0; e < _hashes.Count; e++)
                {
                    var d = hash.Distance(_hashes[e]);
                    if (d <= maxDistance)
                    {
                        found.Add((e, d));
                    }
                }
            }
            else if (radius == 0)
            {
                // Within d < 16 bits a match differs in at most d chunks, so it agrees exactly on at least 16 − d of
                // them: probing all but the 15 − d fullest buckets still reaches every match. Look-alike photos
                // (headshots on plain backgrounds) fill a few chunk values with most of the population; skipping
                // those buckets keeps a query near the size of its answer instead of the population.
                Span<int> order = stackalloc int[Chunks];
                Span<int> sizes = stackalloc int[Chunks];
                var buckets = new List<int>?[Chunks];
                for (var c = 0; c < Chunks; c++)
                {
                    order[c] = c;
                    buckets[c] = _tables[c].GetValueOrDefault(hash.Chunk(c));
                    sizes[c] = buckets[c]?.Count ?? 0;
                }
                sizes.Sort(order);
                var skip = Chunks - 1 - maxDistance;
                var seen = new HashSet<int>();
                for (var k = 0; k < Chunks - skip; k++)
                {
                    if (buckets[order[k]] is not { } entries)
                    {
                        continue;
                    }
                    foreach (var e in entries)
                    {
                        if (seen.Add(e))
                        {
                            var d = hash.Distance(_hashes[e]);
                            if (d <= maxDistance)
                            {
                                found.Add((e, d));
                            }
                        }
                    }
                }
            }
            else
            {
                var seen = new HashSet<int>();
                for (var c = 0; c < Chunks; c++)
                {
                    Probe(_tables[c], hash.Chunk(c), radius, 0, entries =>
                    {
                        foreach (var e in entries)
                        {
                            if (seen.Add(e))
                            {
                                var d = hash.Distance(_hashes[e]);
                                if (d <= maxDistance)
                                {
                                    found.Add((e, d));
                                }
                            }
                        }
                    });
                }
            }
            found.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : a.Entry.CompareTo(b.Entry));
            return found.ConvertAll(f => new PhotoMatch(_ids[f.Entry], f.Distance));
        }
    }

    /// <summary>Visits the table entries of every 16-bit value within <paramref name="radius"/> flips of <paramref name="value"/>.</summary>
    private static void Probe(Dictionary<ushort, List<int>> table, ushort value, int radius, int firstBit, Action<List<int>> visit)
    {
        if (table.TryGetValue(value, out var entries))
        {
            visit(entries);
        }
        if (radius == 0)
        {
            return;
        }
        // Flip bits in increasing position so each neighbour is enumerated exactly once.
        for (var bit = firstBit; bit < 16; bit++)
        {
            Probe(table, (ushort)(value ^ (1 << bit)), radius - 1, bit + 1, visit);
        }
    }
}
