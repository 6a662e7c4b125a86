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
    private readonly FrozenDictionary<string, int> _vocab;
    private readonly NameToken[] _tokens;
    private readonly int[][] _postings;
    // The two largest maps (~300k and ~50k keys on the full lists) stay plain dictionaries: freezing them costs more
    // build time than it saves in lookups.
    private readonly Dictionary<string, int[]> _deletes;
    private readonly FrozenDictionary<string, int[]> _korean;
    private readonly Dictionary<string, int[]> _joined;
    private readonly FrozenDictionary<string, int[]> _wallets;
    private readonly FrozenDictionary<string, int[]> _emails;
    private readonly FrozenDictionary<string, int[]> _phones;
    private readonly FrozenDictionary<string, int[]> _documents;
    private readonly ThreadLocal<Scratch> _scratch;

    internal WatchlistIndex(ListEntry[] entries, IndexedAlias[] aliases, FrozenDictionary<string, int> vocab, NameToken[] tokens,
        int[][] postings, Dictionary<string, int[]> deletes, FrozenDictionary<string, int[]> korean, Dictionary<string, int[]> joined,
        FrozenDictionary<string, int[]> wallets, FrozenDictionary<string, int[]> emails, FrozenDictionary<string, int[]> phones,
        FrozenDictionary<string, int[]> documents)
    {
        _entries = entries;
        _aliases = aliases;
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
        _scratch = new ThreadLocal<Scratch>(() => new Scratch(aliases.Length));
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
            foreach (var alias in Candidates(tokens, options.Candidates))
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

    private List<int> Candidates(NameToken[] query, int limit)
    {
        var scratch = _scratch.Value!;
        scratch.Begin();
        var queryWeight = 0f;
        foreach (var q in query)
        {
            queryWeight += q.Weight;
            scratch.NextToken();
            if (_vocab.TryGetValue(q.Text, out var exact))
            {
                Accumulate(scratch, exact, 1f);
            }
            if (q.KoreanKey is not null && _korean.TryGetValue(q.KoreanKey, out var variants))
            {
                foreach (var id in variants)
                {
                    Accumulate(scratch, id, 0.95f);
                }
            }
            if (q.Text.Length >= 4)
            {
                LookupDeletes(scratch, q.Text);
            }
            if (_joined.TryGetValue(q.Text, out var joinedAliases))
            {
                foreach (var a in joinedAliases)
                {
                    scratch.Add(a, q.Weight);
                }
            }
        }
        // Split query tokens that the list writes joined ("Song Il" vs "SONGIL").
        for (var i = 0; i + 1 < query.Length; i++)
        {
            scratch.NextToken();
            var joined = query[i].Text + query[i + 1].Text;
            if (_vocab.TryGetValue(joined, out var id))
            {
                Accumulate(scratch, id, 1f);
            }
            else if (KoreanKeyOf(joined) is { } key && _korean.TryGetValue(key, out var ids))
            {
                foreach (var k in ids)
                {
                    Accumulate(scratch, k, 0.95f);
                }
            }
        }
        return scratch.Top(limit, _aliases, queryWeight);
    }

    private static string? KoreanKeyOf(string token) => Vigil.Core.Names.KoreanNameKey.TryKey(token);

    private void LookupDeletes(Scratch scratch, string text)
    {
        Span<char> buffer = stackalloc char[Math.Min(text.Length, 64)];
        if (text.Length > 64)
        {
            return;
        }
        if (_deletes.TryGetValue(text, out var ids))
        {
            foreach (var id in ids)
            {
                Accumulate(scratch, id, 0.9f);
            }
        }
        var lookup = _deletes.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < text.Length; i++)
        {
            text.AsSpan(0, i).CopyTo(buffer);
            text.AsSpan(i + 1).CopyTo(buffer[i..]);
            if (lookup.TryGetValue(buffer[..(text.Length - 1)], out var del))
            {
                foreach (var id in del)
                {
                    Accumulate(scratch, id, 0.9f);
                }
            }
        }
    }

    private void Accumulate(Scratch scratch, int tokenId, float similarity)
    {
        var w = _tokens[tokenId].Weight * similarity;
        foreach (var a in _postings[tokenId])
        {
            scratch.Add(a, w);
        }
    }

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
    private sealed class Scratch(int aliasCount)
    {
        private readonly float[] _acc = new float[aliasCount];
        private readonly float[] _tokenBest = new float[aliasCount];
        private readonly int[] _tokenStamp = new int[aliasCount];
        private readonly List<int> _touched = [];
        private int _stamp;

        public void Begin()
        {
            foreach (var a in _touched)
            {
                _acc[a] = 0;
            }
            _touched.Clear();
        }

        public void NextToken() => _stamp++;

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

        public List<int> Top(int limit, IndexedAlias[] aliases, float queryWeight)
        {
            // Rank by an estimate of the final score: covered weight over both names' total weight.
            var heap = new PriorityQueue<int, float>(limit + 1);
            foreach (var a in _touched)
            {
                var estimate = 2 * _acc[a] / (queryWeight + aliases[a].WeightSum);
                if (heap.Count < limit)
                {
                    heap.Enqueue(a, estimate);
                }
                else if (heap.TryPeek(out _, out var min) && estimate > min)
                {
                    heap.DequeueEnqueue(a, estimate);
                }
            }
            var result = new List<int>(heap.Count);
            while (heap.TryDequeue(out var a, out _))
            {
                result.Add(a);
            }
            return result;
        }
    }
}
