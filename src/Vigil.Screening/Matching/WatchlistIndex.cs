using System.Collections.Frozen;
using System.Globalization;
using Vigil.Screening.Lists;

namespace Vigil.Screening.Matching;

/// <summary>
/// Immutable in-memory watchlist index built by <see cref="WatchlistIndexBuilder"/>. <see cref="Match"/> never
/// scans the whole list: candidates come from the token inverted index (exact tokens, one-deletion typo
/// neighbours, Korean romanization keys, joined adjacent tokens), are ranked by accumulated token rarity, and
/// only the best <see cref="MatchOptions.Candidates"/> aliases are scored in full. Identifiers go through exact
/// maps. Thread-safe: all state is read-only; per-thread scratch buffers are thread-local.
/// </summary>
public sealed class WatchlistIndex
{
    private readonly ListEntry[] _entries;
    private readonly IndexedAlias[] _aliases;
    // Each alias's total token weight, contiguous: candidate ranking reads it for every alias a query reaches.
    private readonly float[] _aliasWeights;
    private readonly Dictionary<string, int> _vocab;
    private readonly NameToken[] _tokens;
    private readonly int[][] _postings;
    // The token maps (~35k, ~300k and ~50k keys on the full lists) are plain dictionaries: freezing them costs more
    // build time than it saves in lookups.
    private readonly KeyedPostings _deletes;
    private readonly KeyedPostings _korean;
    private readonly KeyedPostings _joined;
    private readonly FrozenDictionary<string, int[]> _wallets;
    private readonly FrozenDictionary<string, int[]> _emails;
    private readonly FrozenDictionary<string, int[]> _phones;
    private readonly FrozenDictionary<string, int[]> _documents;
    private readonly ThreadLocal<Scratch> _scratch;

    internal WatchlistIndex(ListEntry[] entries, IndexedAlias[] aliases, Dictionary<string, int> vocab, NameToken[] tokens,
        int[][] postings, KeyedPostings deletes, KeyedPostings korean, KeyedPostings joined,
        FrozenDictionary<string, int[]> wallets, FrozenDictionary<string, int[]> emails, FrozenDictionary<string, int[]> phones,
        FrozenDictionary<string, int[]> documents)
    {
        _entries = entries;
        _aliases = aliases;
        _aliasWeights = Array.ConvertAll(aliases, a => a.WeightSum);
        _vocab = vocab;
        _tokens = tokens;
        _postings = postings;
        _deletes = deletes;
        _korean = korean;
        _joined = joined;
        _wallets = wallets;
        _emails = emails;
        _phones = phones;
        _documents = documents;
        _scratch = new ThreadLocal<Scratch>(() => new Scratch(aliases.Length, tokens.Length));
    }

    public int EntryCount => _entries.Length;
    public int AliasCount => _aliases.Length;
    public int TokenCount => _tokens.Length;
    public IReadOnlyList<ListEntry> Entries => _entries;

    public static WatchlistIndex Build(IEnumerable<ListEntry> entries) => new WatchlistIndexBuilder().AddRange(entries).Build();

    /// <summary>Tokens of a query name with the index's rarity weights (unknown tokens weigh
    /// <see cref="NameToken.UnknownWeight"/>).</summary>
    public NameToken[] QueryTokens(string name, EntityType type = EntityType.Unknown)
    {
        var texts = NameNormalizer.Tokens(name, type);
        var result = new NameToken[texts.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            result[i] = _vocab.TryGetValue(texts[i], out var id) ? _tokens[id] : NameToken.Create(texts[i], NameToken.UnknownWeight);
        }
        return result;
    }

    /// <summary>Screens one query. Results are sorted by score, best first, at most <see cref="MatchOptions.Limit"/>,
    /// none below <see cref="MatchOptions.MinScore"/> (default: the threshold).</summary>
    public IReadOnlyList<ScreeningMatch> Match(MatchQuery query, MatchOptions? options = null)
    {
        options ??= MatchOptions.Default;
        var byEntry = new Dictionary<int, (double NameScore, int Alias)>();
        var tokens = string.IsNullOrWhiteSpace(query.Name) ? [] : QueryTokens(query.Name, query.Type);
        if (tokens.Length > 0)
        {
            var joins = NameScorer.Joins(tokens);
            foreach (var alias in Candidates(tokens, joins, options.Candidates))
            {
                Consider(byEntry, tokens, joins, alias);
            }
        }
        return Finish(query, options, byEntry, tokens);
    }

    /// <summary>The same scoring over every alias (no index). For benchmarks and agreement checks only.</summary>
    public IReadOnlyList<ScreeningMatch> MatchBruteForce(MatchQuery query, MatchOptions? options = null)
    {
        options ??= MatchOptions.Default;
        var byEntry = new Dictionary<int, (double NameScore, int Alias)>();
        var tokens = string.IsNullOrWhiteSpace(query.Name) ? [] : QueryTokens(query.Name, query.Type);
        if (tokens.Length > 0)
        {
            var joins = NameScorer.Joins(tokens);
            for (var a = 0; a < _aliases.Length; a++)
            {
                Consider(byEntry, tokens, joins, a);
            }
        }
        return Finish(query, options, byEntry, tokens);
    }

    /// <summary>Name score of two free names with this index's token weights (the <c>--pairs</c> scorer).</summary>
    public double ScoreNames(string query, string candidate) => NameScorer.Score(QueryTokens(query), QueryTokens(candidate));

    private void Consider(Dictionary<int, (double NameScore, int Alias)> byEntry, NameToken[] tokens, NameToken[] joins, int a)
    {
        var alias = _aliases[a];
        // Joined tokens are only needed when the alias is the longer side: don't build the alias's cache otherwise.
        var score = NameScorer.ScoreWithJoins(tokens, joins, alias.Tokens, tokens.Length < alias.Tokens.Length ? alias.Joins : null);
        if (alias.Quality == AliasQuality.Weak)
        {
            score *= WeakAliasFactor;
        }
        if (score <= 0)
        {
            return;
        }
        if (!byEntry.TryGetValue(alias.Entry, out var best) || score > best.NameScore)
        {
            byEntry[alias.Entry] = (score, a);
        }
    }

    /// <summary>Weak aliases score at most this (nomenklatura weak_alias_match 0.8; 0.9 here so an exact weak
    /// alias still clears the threshold on its own).</summary>
    public const double WeakAliasFactor = 0.9;

    /// <summary>A query token group whose posting lists together are longer than this is a common token: once
    /// <see cref="ReachedEnoughFactor"/> × the candidate limit aliases are reached, it only adds to those (see
    /// <see cref="Candidates"/>).</summary>
    private const int SmallGroupPostings = 256;
    private const int ReachedEnoughFactor = 8;
    private const int AliasTokensEstimate = 4;

    private List<int> Candidates(NameToken[] query, NameToken[] joins, int limit)
    {
        var scratch = _scratch.Value!;
        scratch.Begin();
        var queryWeight = 0f;
        // One group per query token (and per adjacent pair, for lists that write "Song Il" as "SONGIL"): the index
        // tokens it reaches and how similar each is. A group counts once per alias, through its best token.
        foreach (var q in query)
        {
            queryWeight += q.Weight;
            var start = scratch.Hits.Count;
            if (_vocab.TryGetValue(q.Text, out var exact))
            {
                scratch.Hits.Add((exact, 1f));
            }
            if (q.KoreanKey is not null && _korean.TryGetValue(q.KoreanKey, out var variants))
            {
                foreach (var id in variants)
                {
                    scratch.Hits.Add((id, 0.95f));
                }
            }
            if (q.Text.Length >= 4)
            {
                LookupDeletes(scratch.Hits, q.Text);
            }
            AddGroup(scratch, start, _joined.SlotOf(q.Text), q.Weight);
        }
        for (var i = 0; i < joins.Length; i++)
        {
            var start = scratch.Hits.Count;
            // joins[i] is query tokens i and i+1 glued, with its romanization key already computed.
            var joined = joins[i].Text;
            if (_vocab.TryGetValue(joined, out var id))
            {
                scratch.Hits.Add((id, 1f));
            }
            else if (joins[i].KoreanKey is { } key && _korean.TryGetValue(key, out var ids))
            {
                foreach (var k in ids)
                {
                    scratch.Hits.Add((k, 0.95f));
                }
            }
            AddGroup(scratch, start, -1, 0);
        }
        // Rare groups first, in full. Groups with long posting lists are common tokens ("kim", "al", "state", and
        // their typo neighbours): once the rarer tokens have reached enough aliases, a common token only adds to
        // those (looked up in each reached alias) and does not bring in thousands of aliases that share nothing
        // else with the query — unless walking its postings is the cheaper of the two, which loses nothing.
        scratch.Groups.Sort(static (a, b) => b.Max.CompareTo(a.Max));
        foreach (var g in scratch.Groups)
        {
            if (g.Postings > SmallGroupPostings && scratch.TouchedCount >= ReachedEnoughFactor * limit
                && scratch.TouchedCount * AliasTokensEstimate < g.Postings)
            {
                ApplyToReached(scratch, g);
            }
            else
            {
                Apply(scratch, g);
            }
        }
        return scratch.Top(limit, _aliasWeights, queryWeight);
    }

    private void AddGroup(Scratch scratch, int start, int joinedSlot, float joinedWeight)
    {
        var postings = joinedSlot < 0 ? 0 : _joined.Values(joinedSlot).Length;
        var max = joinedSlot < 0 ? 0f : joinedWeight;
        for (var h = start; h < scratch.Hits.Count; h++)
        {
            var (id, sim) = scratch.Hits[h];
            postings += _postings[id].Length;
            max = Math.Max(max, _tokens[id].Weight * sim);
        }
        if (postings > 0)
        {
            scratch.Groups.Add(new HitGroup(start, scratch.Hits.Count - start, joinedSlot, joinedWeight, max, postings));
        }
    }

    private void Apply(Scratch scratch, HitGroup g)
    {
        scratch.NextToken();
        for (var h = g.Start; h < g.Start + g.Count; h++)
        {
            var (id, sim) = scratch.Hits[h];
            var w = _tokens[id].Weight * sim;
            foreach (var a in _postings[id])
            {
                scratch.Add(a, w);
            }
        }
        if (g.JoinedSlot >= 0)
        {
            foreach (var a in _joined.Values(g.JoinedSlot))
            {
                scratch.Add(a, g.JoinedWeight);
            }
        }
    }

    /// <summary><see cref="Apply"/> restricted to aliases already reached: looks the group's tokens up in each
    /// reached alias instead of walking their (long) posting lists.</summary>
    private void ApplyToReached(Scratch scratch, HitGroup g)
    {
        scratch.NextToken();
        scratch.MarkHits(g);
        var touched = scratch.Touched;
        for (var t = 0; t < touched.Count; t++)
        {
            var a = touched[t];
            var best = 0f;
            foreach (var id in _aliases[a].TokenIds)
            {
                var sim = scratch.HitSimilarity(id);
                if (sim > 0)
                {
                    best = Math.Max(best, _tokens[id].Weight * sim);
                }
            }
            if (best > 0)
            {
                scratch.Add(a, best);
            }
        }
        if (g.JoinedSlot >= 0)
        {
            foreach (var a in _joined.Values(g.JoinedSlot))
            {
                if (scratch.IsReached(a))
                {
                    scratch.Add(a, g.JoinedWeight);
                }
            }
        }
    }

    /// <summary>Index tokens within one deletion of <paramref name="text"/> (either side), at similarity 0.9.</summary>
    private void LookupDeletes(List<(int Token, float Similarity)> hits, string text)
    {
        if (text.Length > 64)
        {
            return;
        }
        Span<char> buffer = stackalloc char[text.Length];
        if (_deletes.TryGetValue(text, out var ids))
        {
            foreach (var id in ids)
            {
                hits.Add((id, 0.9f));
            }
        }
        for (var i = 0; i < text.Length; i++)
        {
            text.AsSpan(0, i).CopyTo(buffer);
            text.AsSpan(i + 1).CopyTo(buffer[i..]);
            if (_deletes.TryGetValue(buffer[..(text.Length - 1)], out var del))
            {
                foreach (var id in del)
                {
                    hits.Add((id, 0.9f));
                }
            }
        }
    }

    /// <summary>One query token's way into the index: <see cref="Scratch.Hits"/>[Start..Start+Count] plus aliases
    /// that contain it joined with a neighbour (a slot of the joined map, or -1); Max is the most it can add to one
    /// alias, Postings the length of all its posting lists.</summary>
    private readonly record struct HitGroup(int Start, int Count, int JoinedSlot, float JoinedWeight, float Max, int Postings);

    private List<ScreeningMatch> Finish(MatchQuery query, MatchOptions options, Dictionary<int, (double NameScore, int Alias)> byEntry, NameToken[] queryTokens)
    {
        var identifierHits = new Dictionary<int, List<FeatureScore>>();
        AddIdentifierHits(identifierHits, _wallets, query.Wallets, IdentifierKeys.Wallet, "crypto_wallet");
        AddIdentifierHits(identifierHits, _emails, query.Emails, IdentifierKeys.Email, "email");
        AddIdentifierHits(identifierHits, _phones, query.Phones, IdentifierKeys.Phone, "phone");
        AddIdentifierHits(identifierHits, _documents, query.DocumentIds, IdentifierKeys.Document, "document_id");
        var minScore = options.MinScore ?? options.Threshold;
        var results = new List<ScreeningMatch>();
        foreach (var e in byEntry.Keys.Union(identifierHits.Keys))
        {
            var entry = _entries[e];
            var features = new List<FeatureScore>();
            var nameScore = 0.0;
            IndexedAlias? alias = null;
            List<TokenPair> pairs = [];
            if (byEntry.TryGetValue(e, out var named))
            {
                alias = _aliases[named.Alias];
                nameScore = named.NameScore;
                // Cheap pre-filter: qualifiers only lower a name score, so skip what cannot reach minScore.
                if (!identifierHits.ContainsKey(e) && nameScore < minScore)
                {
                    continue;
                }
                (_, pairs) = NameScorer.Explain(queryTokens, alias.Tokens);
                var detail = $"'{query.Name}' vs '{alias.Name}' ({alias.Kind}): " +
                    string.Join(", ", pairs.Select(p => $"{p.Query}~{p.Candidate} {p.Similarity.ToString("0.00", CultureInfo.InvariantCulture)}"));
                features.Add(new FeatureScore(alias.Quality == AliasQuality.Weak ? "weak_alias" : "name", Math.Round(nameScore, 4), detail));
            }
            var baseScore = nameScore;
            if (identifierHits.TryGetValue(e, out var hits))
            {
                features.AddRange(hits);
                baseScore = 1.0;
            }
            // Exact identifier hits are decisive (1.0); their qualifiers are still listed for the analyst.
            var qualifiers = Qualifiers(query, entry, features);
            var adjustment = identifierHits.ContainsKey(e) ? 0 : qualifiers;
            var score = Math.Clamp(baseScore + adjustment, 0, 1);
            if (score < minScore)
            {
                continue;
            }
            results.Add(new ScreeningMatch
            {
                EntryId = entry.Id,
                Source = entry.Source,
                ListVersion = entry.ListVersion,
                EntryName = entry.Name.Length > 0 ? entry.Name : entry.SourceId,
                EntityType = entry.Type,
                Programs = entry.Programs,
                MatchedName = alias?.Name ?? (entry.Name.Length > 0 ? entry.Name : entry.SourceId),
                MatchedNameKind = alias?.Kind ?? "identifier",
                MatchedNameIsWeak = alias?.Quality == AliasQuality.Weak,
                Score = Math.Round(score, 4),
                IsMatch = score >= options.Threshold,
                Features = features,
                NamePairs = pairs,
            });
        }
        results.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.EntryId, b.EntryId));
        if (results.Count > options.Limit)
        {
            results.RemoveRange(options.Limit, results.Count - options.Limit);
        }
        return results;
    }

    private static void AddIdentifierHits(Dictionary<int, List<FeatureScore>> hits, FrozenDictionary<string, int[]> map,
        IReadOnlyList<string> values, Func<string, string> key, string feature)
    {
        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value) || !map.TryGetValue(key(value), out var entries))
            {
                continue;
            }
            foreach (var e in entries)
            {
                if (!hits.TryGetValue(e, out var list))
                {
                    hits[e] = list = [];
                }
                list.Add(new FeatureScore(feature, 1.0, $"exact {feature.Replace('_', ' ')} match: {value}"));
            }
        }
    }

    /// <summary>Adds the qualifier features and returns their total adjustment (logic-v1 weights).</summary>
    private static double Qualifiers(MatchQuery query, ListEntry entry, List<FeatureScore> features)
    {
        var total = 0.0;
        if (query.DateOfBirth is { } dob && entry.DatesOfBirth.Count > 0)
        {
            var year = dob.Year.ToString("0000", CultureInfo.InvariantCulture);
            var full = dob.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var sameYear = entry.DatesOfBirth.Where(d => d.StartsWith(year, StringComparison.Ordinal)).ToList();
            if (sameYear.Count == 0)
            {
                features.Add(new FeatureScore("dob_year_disjoint", -0.15, $"query {full}; list {string.Join(", ", entry.DatesOfBirth)}"));
                total -= 0.15;
            }
            else if (sameYear.Any(d => d.Length < 10 || d == full))
            {
                features.Add(new FeatureScore("dob_match", 0, $"query {full}; list {string.Join(", ", sameYear)}"));
            }
            else
            {
                features.Add(new FeatureScore("dob_day_disjoint", -0.1, $"query {full}; list {string.Join(", ", sameYear)}"));
                total -= 0.1;
            }
        }
        if (query.Country is { Length: > 0 } country && entry.Nationalities.Count > 0)
        {
            var code = Countries.ToCode(country) ?? country.ToUpperInvariant();
            var known = entry.Nationalities.Concat(entry.Addresses.Select(a => a.Country).OfType<string>()).ToList();
            if (known.Contains(code, StringComparer.OrdinalIgnoreCase))
            {
                features.Add(new FeatureScore("country_match", 0, $"query {code}; list {string.Join(", ", entry.Nationalities)}"));
            }
            else
            {
                features.Add(new FeatureScore("country_mismatch", -0.2, $"query {code}; list {string.Join(", ", entry.Nationalities)}"));
                total -= 0.2;
            }
        }
        if (query.Type != EntityType.Unknown && entry.Type != EntityType.Unknown && query.Type != entry.Type
            && (query.Type == EntityType.Person || entry.Type == EntityType.Person))
        {
            features.Add(new FeatureScore("type_mismatch", -0.2, $"query {query.Type}; list {entry.Type}"));
            total -= 0.2;
        }
        if (query.Gender is { Length: > 0 } gender && entry.Gender is { Length: > 0 } listGender
            && !string.Equals(gender, listGender, StringComparison.OrdinalIgnoreCase))
        {
            features.Add(new FeatureScore("gender_mismatch", -0.2, $"query {gender}; list {listGender}"));
            total -= 0.2;
        }
        return total;
    }

    /// <summary>Per-thread accumulators for candidate ranking, reset in O(touched).</summary>
    private sealed class Scratch(int aliasCount, int tokenCount)
    {
        private readonly float[] _acc = new float[aliasCount];
        private readonly float[] _tokenBest = new float[aliasCount];
        private readonly int[] _tokenStamp = new int[aliasCount];
        private readonly float[] _hitSimilarity = new float[tokenCount];
        private readonly int[] _hitStamp = new int[tokenCount];
        private readonly List<int> _touched = [];
        private readonly PriorityQueue<int, float> _heap = new();
        private int _stamp;

        public List<(int Token, float Similarity)> Hits { get; } = [];

        public List<HitGroup> Groups { get; } = [];

        public List<int> Touched => _touched;

        public int TouchedCount => _touched.Count;

        public void Begin()
        {
            foreach (var a in _touched)
            {
                _acc[a] = 0;
            }
            _touched.Clear();
            Hits.Clear();
            Groups.Clear();
        }

        public void NextToken() => _stamp++;

        public bool IsReached(int alias) => _acc[alias] > 0;

        /// <summary>Records the group's tokens (best similarity each) under the current stamp.</summary>
        public void MarkHits(HitGroup g)
        {
            for (var h = g.Start; h < g.Start + g.Count; h++)
            {
                var (id, sim) = Hits[h];
                if (_hitStamp[id] != _stamp || sim > _hitSimilarity[id])
                {
                    _hitStamp[id] = _stamp;
                    _hitSimilarity[id] = sim;
                }
            }
        }

        public float HitSimilarity(int token) => _hitStamp[token] == _stamp ? _hitSimilarity[token] : 0;

        /// <summary>Adds a query token's contribution to an alias; a token counts once per alias (its best way in).</summary>
        public void Add(int alias, float value)
        {
            if (_acc[alias] == 0 && _tokenStamp[alias] != _stamp)
            {
                _touched.Add(alias);
            }
            if (_tokenStamp[alias] != _stamp)
            {
                _tokenStamp[alias] = _stamp;
                _tokenBest[alias] = value;
                _acc[alias] += value;
            }
            else if (value > _tokenBest[alias])
            {
                _acc[alias] += value - _tokenBest[alias];
                _tokenBest[alias] = value;
            }
        }

        /// <summary>The best <paramref name="limit"/> reached aliases, ranked by an estimate of the final score:
        /// covered weight over both names' total weight.</summary>
        public List<int> Top(int limit, float[] aliasWeights, float queryWeight)
        {
            _heap.Clear();
            foreach (var a in _touched)
            {
                var estimate = 2 * _acc[a] / (queryWeight + aliasWeights[a]);
                if (_heap.Count < limit)
                {
                    _heap.Enqueue(a, estimate);
                }
                else if (_heap.TryPeek(out _, out var min) && estimate > min)
                {
                    _heap.DequeueEnqueue(a, estimate);
                }
            }
            var result = new List<int>(_heap.Count);
            while (_heap.TryDequeue(out var a, out _))
            {
                result.Add(a);
            }
            return result;
        }
    }
}
