using System.Runtime.InteropServices;

namespace Vigil.Core.Linking;

/// <summary>
/// Finds near-duplicate texts (résumés, cover letters, bids: PRF-04, FRL-03) among many: MinHash signatures
/// bucketed by LSH bands give candidates, and exact Jaccard on the shingle sets confirms them, so a reported match
/// always meets the threshold (LSH only decides which pairs get looked at).
/// </summary>
/// <remarks>
/// Incremental: <see cref="Add"/> a document at any time and <see cref="Query"/> sees it. Not thread-safe for
/// concurrent writers; concurrent queries are fine while nobody adds. Use <see cref="Prepare"/> (pure, parallel)
/// for the expensive shingling and hashing and <see cref="Add(TKey, PreparedDocument)"/> for the cheap insert.
/// </remarks>
public sealed class NearDuplicateIndex<TKey> where TKey : notnull
{
    private readonly MinHasher _hasher;
    private readonly Dictionary<ulong, List<int>>[] _buckets;
    private readonly List<TKey> _keys = [];
    private readonly List<ulong[]> _shingles = [];
    private readonly List<uint[]> _signatures = [];
    private readonly Dictionary<TKey, int> _slots = [];

    public NearDuplicateIndex(double threshold = 0.8, int numPermutations = 128, int shingleSize = Shingler.DefaultK, ulong seed = 0x5EED_0F_D1E5E1UL)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(threshold, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1);
        Threshold = threshold;
        ShingleSize = shingleSize;
        _hasher = new MinHasher(numPermutations, seed);
        Parameters = LshParameters.Optimal(threshold, numPermutations);
        _buckets = new Dictionary<ulong, List<int>>[Parameters.Bands];
        for (var i = 0; i < _buckets.Length; i++)
        {
            _buckets[i] = [];
        }
    }

    public double Threshold { get; }
    public int ShingleSize { get; }
    public LshParameters Parameters { get; }
    public int Count => _keys.Count;

    /// <summary>Candidate pairs examined by exact Jaccard so far (for benchmarks and tuning).</summary>
    public long CandidatesChecked => Interlocked.Read(ref _candidatesChecked);

    private long _candidatesChecked;

    /// <summary>Shingles and signs a text. Pure and thread-safe: run it in parallel, then add.</summary>
    public PreparedDocument Prepare(string text)
    {
        var shingles = Shingler.Shingles(text, ShingleSize);
        return new PreparedDocument(shingles, _hasher.Signature(shingles));
    }

    public void Add(TKey key, string text) => Add(key, Prepare(text));

    /// <summary>Adds a document. Empty texts are kept out of the buckets: they would all collide.</summary>
    public void Add(TKey key, PreparedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (_slots.ContainsKey(key))
        {
            throw new ArgumentException($"Document {key} is already indexed.", nameof(key));
        }
        var slot = _keys.Count;
        _keys.Add(key);
        _shingles.Add(document.Shingles);
        _signatures.Add(document.Signature);
        _slots[key] = slot;
        if (document.Shingles.Length == 0)
        {
            return;
        }
        for (var band = 0; band < _buckets.Length; band++)
        {
            ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(_buckets[band], BandHash(document.Signature, band), out _);
            (list ??= []).Add(slot);
        }
    }

    /// <summary>Indexed documents at exact Jaccard ≥ <see cref="Threshold"/> with <paramref name="key"/>'s document,
    /// best first; the document itself is excluded.</summary>
    public IReadOnlyList<NearDuplicateMatch<TKey>> Query(TKey key)
    {
        if (!_slots.TryGetValue(key, out var slot))
        {
            return [];
        }
        return Query(_shingles[slot], _signatures[slot], slot);
    }

    /// <summary>Indexed documents at exact Jaccard ≥ <see cref="Threshold"/> with a text that need not be indexed.</summary>
    public IReadOnlyList<NearDuplicateMatch<TKey>> Query(PreparedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Query(document.Shingles, document.Signature, -1);
    }

    private List<NearDuplicateMatch<TKey>> Query(ulong[] shingles, uint[] signature, int self)
    {
        var result = new List<NearDuplicateMatch<TKey>>();
        if (shingles.Length == 0)
        {
            return result;
        }
        var seen = new HashSet<int>();
        for (var band = 0; band < _buckets.Length; band++)
        {
            if (!_buckets[band].TryGetValue(BandHash(signature, band), out var list))
            {
                continue;
            }
            foreach (var other in list)
            {
                if (other == self || !seen.Add(other))
                {
                    continue;
                }
                Interlocked.Increment(ref _candidatesChecked);
                var j = Jaccard.Similarity(shingles, _shingles[other]);
                if (j >= Threshold)
                {
                    result.Add(new NearDuplicateMatch<TKey>(_keys[other], j));
                }
            }
        }
        result.Sort((a, b) => b.Jaccard.CompareTo(a.Jaccard));
        return result;
    }

    private ulong BandHash(uint[] signature, int band)
    {
        unchecked
        {
            var h = (ulong)band * 0x9E3779B97F4A7C15UL;
            var start = band * Parameters.Rows;
            for (var i = start; i < start + Parameters.Rows; i++)
            {
                h = Shingler.Mix64(h ^ signature[i]);
            }
            return h;
        }
    }
}
