using System.Collections.Frozen;
using Vigil.Core.Identifiers;
using Vigil.Screening.Lists;

namespace Vigil.Screening.Matching;

/// <summary>
/// Collects list entries and builds a frozen <see cref="WatchlistIndex"/>: tokenized aliases, token rarity (IDF
/// over entries), a token inverted index, a one-deletion neighbourhood for typo-tolerant candidate lookup, a
/// Korean romanization key map, joined-adjacent-token keys, and exact maps for wallets, emails, phones and
/// document ids. Not thread-safe; the built index is.
/// </summary>
public sealed class WatchlistIndexBuilder
{
    private readonly List<ListEntry> _entries = [];

    public WatchlistIndexBuilder Add(ListEntry entry)
    {
        _entries.Add(entry);
        return this;
    }

    public WatchlistIndexBuilder AddRange(IEnumerable<ListEntry> entries)
    {
        _entries.AddRange(entries);
        return this;
    }

    public WatchlistIndex Build()
    {
        var entries = _entries.ToArray();
        // Tokenize every name of every entry.
        var rawAliases = new List<(int Entry, string Name, string Kind, AliasQuality Quality, string[] Tokens)>();
        for (var e = 0; e < entries.Length; e++)
        {
            var entry = entries[e];
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (name, quality, isPrimary) in entry.AllNames())
            {
                var tokens = NameNormalizer.Tokens(name, entry.Type);
                if (tokens.Length == 0 || !seen.Add(string.Join(' ', tokens)))
                {
                    continue;
                }
                var kind = isPrimary ? "primary" : entry.Aliases.First(a => a.Name == name).Kind;
                rawAliases.Add((e, name, kind, quality, tokens));
            }
        }
        // Document frequency per token, counted once per entry.
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in rawAliases.GroupBy(a => a.Entry))
        {
            foreach (var token in group.SelectMany(a => a.Tokens).Distinct(StringComparer.Ordinal))
            {
                df[token] = df.GetValueOrDefault(token) + 1;
            }
        }
        var n = Math.Max(1, entries.Length);
        var logN = Math.Log(n + 1.0);
        var vocab = new Dictionary<string, int>(StringComparer.Ordinal);
        var tokenInfo = new List<NameToken>();
        foreach (var (token, count) in df.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            // Rarity in [0.2, 1]: a token on one entry weighs ~1, "kim" or "mohammad" far less.
            var weight = (float)Math.Clamp(Math.Log((n + 1.0) / (count + 0.5)) / logN, 0.2, 1.0);
            vocab[token] = tokenInfo.Count;
            tokenInfo.Add(NameToken.Create(token, weight));
        }
        var aliases = new IndexedAlias[rawAliases.Count];
        var postings = new List<int>[tokenInfo.Count];
        var joined = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var a = 0; a < rawAliases.Count; a++)
        {
            var raw = rawAliases[a];
            var tokens = new NameToken[raw.Tokens.Length];
            var weightSum = 0f;
            for (var t = 0; t < tokens.Length; t++)
            {
                var id = vocab[raw.Tokens[t]];
                tokens[t] = tokenInfo[id];
                weightSum += tokens[t].Weight;
                var list = postings[id] ??= [];
                if (list.Count == 0 || list[^1] != a)
                {
                    list.Add(a);
                }
                if (t + 1 < raw.Tokens.Length)
                {
                    var key = raw.Tokens[t] + raw.Tokens[t + 1];
                    if (!joined.TryGetValue(key, out var jl))
                    {
                        joined[key] = jl = [];
                    }
                    jl.Add(a);
                }
            }
            aliases[a] = new IndexedAlias(raw.Entry, raw.Name, raw.Kind, raw.Quality, tokens, weightSum);
        }
        // Typo neighbourhood: each token of 4+ letters under itself and every one-letter deletion.
        var deletes = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var korean = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var id = 0; id < tokenInfo.Count; id++)
        {
            var text = tokenInfo[id].Text;
            if (tokenInfo[id].KoreanKey is { } key)
            {
                AddTo(korean, key, id);
            }
            if (text.Length < 4)
            {
                continue;
            }
            AddTo(deletes, text, id);
            for (var i = 0; i < text.Length; i++)
            {
                AddTo(deletes, string.Concat(text.AsSpan(0, i), text.AsSpan(i + 1)), id);
            }
        }
        var wallets = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var emails = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var phones = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var documents = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var e = 0; e < entries.Length; e++)
        {
            foreach (var w in entries[e].Wallets)
            {
                AddTo(wallets, IdentifierKeys.Wallet(w.Address), e);
            }
            foreach (var m in entries[e].Emails)
            {
                AddTo(emails, IdentifierKeys.Email(m), e);
            }
            foreach (var p in entries[e].Phones)
            {
                if (IdentifierKeys.Phone(p) is { Length: >= 7 } key)
                {
                    AddTo(phones, key, e);
                }
            }
            foreach (var d in entries[e].Identifiers)
            {
                if (IdentifierKeys.Document(d.Value) is { Length: >= 5 } key)
                {
                    AddTo(documents, key, e);
                }
            }
        }
        return new WatchlistIndex(
            entries,
            aliases,
            vocab.ToFrozenDictionary(StringComparer.Ordinal),
            tokenInfo.ToArray(),
            postings.Select(p => p?.ToArray() ?? []).ToArray(),
            Arrays(deletes),
            Freeze(korean),
            Arrays(joined),
            Freeze(wallets),
            Freeze(emails),
            Freeze(phones),
            Freeze(documents));
    }

    private static void AddTo(Dictionary<string, List<int>> map, string key, int value)
    {
        if (key.Length == 0)
        {
            return;
        }
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }
        if (list.Count == 0 || list[^1] != value)
        {
            list.Add(value);
        }
    }

    private static Dictionary<string, int[]> Arrays(Dictionary<string, List<int>> map)
    {
        var result = new Dictionary<string, int[]>(map.Count, StringComparer.Ordinal);
        foreach (var (key, list) in map)
        {
            result[key] = list.ToArray();
        }
        return result;
    }

    private static FrozenDictionary<string, int[]> Freeze(Dictionary<string, List<int>> map) =>
        map.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
}
