namespace Vigil.Core.Linking.Text;

/// <summary>
/// Near-duplicate text index (PRF-03 near-identical résumés and cover letters): MinHash signatures over k-shingles of
/// normalized text, LSH banding tuned for <see cref="NearDuplicateOptions.Threshold"/> to find candidates without a
/// linear scan, and every candidate confirmed by exact Jaccard on the shingle sets, so reported similarities are
/// exact (no false positives below the requested minimum); misses are possible for pairs near the threshold.
/// </summary>
/// <remarks>
/// Thread-safe: <see cref="Add"/>, <see cref="Query"/> and <see cref="AllPairs"/> may be called concurrently
/// (shingling and hashing run outside the lock). Memory per document: the shingle set as 32-bit hashes plus one
/// bucket link per band. Known templates are indexed like any document: add them with ids of your choosing (or use
/// <see cref="TemplateLibrary"/>, which keeps names).
/// </remarks>
public sealed class NearDuplicateIndex
{
    private readonly Lock _gate = new();
    private readonly List<Guid> _ids = [];
    private readonly List<uint[]> _sets = [];
    private readonly Dictionary<Guid, int> _byId = [];
    private readonly Dictionary<ulong, int>[] _heads;
    private readonly List<int>[] _next;
    private long _candidatesChecked;

    /// <summary>Creates an empty index. Throws <see cref="ArgumentOutOfRangeException"/> on invalid options.</summary>
    public NearDuplicateIndex(NearDuplicateOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        Hasher = new MinHasher(options.NumPermutations, options.Seed);
        Parameters = (options.MinCandidateProbability > 0 ? LshParameters.ForRecall(options.Threshold, options.NumPermutations, options.MinCandidateProbability) : null)
            ?? LshParameters.Optimal(options.Threshold, options.NumPermutations, options.FalsePositiveWeight, options.FalseNegativeWeight);
        _heads = new Dictionary<ulong, int>[Parameters.Bands];
        _next = new List<int>[Parameters.Bands];
        for (var b = 0; b < Parameters.Bands; b++)
        {
            _heads[b] = [];
            _next[b] = [];
        }
    }

    /// <summary>The options the index was created with.</summary>
    public NearDuplicateOptions Options { get; }

    /// <summary>The chosen bands × rows.</summary>
    public LshParameters Parameters { get; }

    /// <summary>The MinHash permutation family.</summary>
    public MinHasher Hasher { get; }

    /// <summary>Number of documents added.</summary>
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

    /// <summary>Whether a document with this id was added.</summary>
    public bool Contains(Guid id)
    {
        lock (_gate)
        {
            return _byId.ContainsKey(id);
        }
    }

    /// <summary>
    /// Adds a document. Empty texts (nothing left after normalization) are counted but never match anything.
    /// Throws <see cref="ArgumentException"/> when <paramref name="id"/> was already added.
    /// </summary>
    public void Add(Guid id, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Add(id, Prepare(text));
    }

    /// <summary>Adds a document shingled and signed beforehand by <see cref="Prepare"/> (the batch path: prepare in
    /// parallel, then add).</summary>
    public void Add(Guid id, PreparedText prepared)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        var (set, keys) = (prepared.Set, prepared.BandKeys);
        lock (_gate)
        {
            if (!_byId.TryAdd(id, _ids.Count))
            {
                throw new ArgumentException($"document {id} is already in the index", nameof(id));
            }
            var doc = _ids.Count;
            _ids.Add(id);
            _sets.Add(set);
            for (var b = 0; b < keys.Length; b++)
            {
                var head = -1;
                if (set.Length > 0)
                {
                    ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_heads[b], keys[b], out var exists);
                    head = exists ? slot : -1;
                    slot = doc;
                }
                _next[b].Add(head);
            }
        }
    }

    /// <summary>
    /// Stored documents whose exact Jaccard with <paramref name="text"/> is at least <paramref name="minJaccard"/>,
    /// most similar first (ties in insertion order). A stored copy of the same document is included (filter by id).
    /// Recall is tuned for minimums at or above <see cref="NearDuplicateOptions.Threshold"/>.
    /// </summary>
    public IReadOnlyList<NearDuplicateMatch> Query(string text, double minJaccard)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Query(Prepare(text), minJaccard);
    }

    /// <summary>As <see cref="Query(string, double)"/> for a text prepared by <see cref="Prepare"/>.</summary>
    public IReadOnlyList<NearDuplicateMatch> Query(PreparedText prepared, double minJaccard)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        var (set, keys) = (prepared.Set, prepared.BandKeys);
        if (set.Length == 0)
        {
            return [];
        }
        var matches = new List<(int Doc, double Jaccard)>();
        lock (_gate)
        {
            var seen = new HashSet<int>();
            for (var b = 0; b < keys.Length; b++)
            {
                if (!_heads[b].TryGetValue(keys[b], out var doc))
                {
                    continue;
                }
                for (; doc >= 0; doc = _next[b][doc])
                {
                    if (seen.Add(doc))
                    {
                        _candidatesChecked++;
                        var j = Shingler.JaccardAtLeast(set, _sets[doc], minJaccard);
                        if (j >= minJaccard)
                        {
                            matches.Add((doc, j));
                        }
                    }
                }
            }
            matches.Sort((x, y) => y.Jaccard != x.Jaccard ? y.Jaccard.CompareTo(x.Jaccard) : x.Doc.CompareTo(y.Doc));
            return matches.ConvertAll(m => new NearDuplicateMatch(_ids[m.Doc], m.Jaccard));
        }
    }

    /// <summary>Candidates (documents sharing a band with a query) confirmed or rejected by exact Jaccard so far:
    /// the work LSH saves is the difference to all pairs.</summary>
    public long CandidatesChecked
    {
        get
        {
            lock (_gate)
            {
                return _candidatesChecked;
            }
        }
    }

    /// <summary>
    /// Every pair of stored documents with exact Jaccard ≥ <paramref name="minJaccard"/> that shares an LSH bucket,
    /// ordered by the position of A, then B (A added before B).
    /// </summary>
    public IReadOnlyList<NearDuplicatePair> AllPairs(double minJaccard)
    {
        lock (_gate)
        {
            // Each document walks, per band, its own bucket chain towards older documents (the chains run newest to
            // oldest), so every candidate pair is met from its newer side only. Documents are independent: they run on
            // every core, each thread with a stamp array to skip a candidate already met in an earlier band.
            var n = _ids.Count;
            var found = new System.Collections.Concurrent.ConcurrentBag<List<(int A, int B, double J)>>();
            Parallel.For(0, n,
                () => (Stamp: NewStamps(n), Found: new List<(int A, int B, double J)>()),
                (doc, _, local) =>
                {
                    var set = _sets[doc];
                    if (set.Length == 0)
                    {
                        return local;
                    }
                    for (var b = 0; b < _next.Length; b++)
                    {
                        var next = _next[b];
                        for (var other = next[doc]; other >= 0; other = next[other])
                        {
                            if (local.Stamp[other] == doc)
                            {
                                continue;
                            }
                            local.Stamp[other] = doc;
                            var j = Shingler.JaccardAtLeast(_sets[other], set, minJaccard);
                            if (j >= minJaccard)
                            {
                                local.Found.Add((other, doc, j));
                            }
                        }
                    }
                    return local;
                },
                local => found.Add(local.Found));
            var all = found.SelectMany(f => f).ToList();
            all.Sort((p, q) => p.A != q.A ? p.A.CompareTo(q.A) : p.B.CompareTo(q.B));
            return all.ConvertAll(p => new NearDuplicatePair(_ids[p.A], _ids[p.B], p.J));
        }
    }

    private static int[] NewStamps(int n)
    {
        var stamps = new int[n];
        Array.Fill(stamps, -1);
        return stamps;
    }

    /// <summary>Exact Jaccard of two texts under this index's normalization and shingling (no index involved).</summary>
    public double ExactJaccard(string a, string b) => Shingler.Jaccard<uint>(ShingleSet(a), ShingleSet(b));

    /// <summary>MinHash signature of a text under this index's shingling and permutations.</summary>
    public ulong[] Signature(string text) => Hasher.Signature(Shingler.Shingle(text, Options.Shingle, Options.ShingleSize));

    /// <summary>The stored form of a shingle set: sorted distinct 32-bit truncations of the 64-bit shingle hashes.</summary>
    public uint[] ShingleSet(string text) => Compact(Shingler.Shingle(text, Options.Shingle, Options.ShingleSize));

    /// <summary>Shingles, signs and bands a text: the expensive, pure part of adding or querying. Thread-safe.</summary>
    public PreparedText Prepare(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var shingles = Shingler.Shingle(text, Options.Shingle, Options.ShingleSize);
        var signature = Hasher.Signature(shingles);
        var keys = new ulong[Parameters.Bands];
        for (var b = 0; b < keys.Length; b++)
        {
            var h = (ulong)b;
            for (var r = 0; r < Parameters.Rows; r++)
            {
                h = StableHash.Combine(h, signature[b * Parameters.Rows + r]);
            }
            keys[b] = h;
        }
        return new PreparedText(Compact(shingles), keys);
    }

    private static uint[] Compact(ulong[] shingles)
    {
        var set = new uint[shingles.Length];
        for (var i = 0; i < set.Length; i++)
        {
            set[i] = (uint)(shingles[i] >> 32);
        }
        Array.Sort(set);
        var n = 0;
        for (var i = 0; i < set.Length; i++)
        {
            if (n == 0 || set[i] != set[n - 1])
            {
                set[n++] = set[i];
            }
        }
        Array.Resize(ref set, n);
        return set;
    }
}
