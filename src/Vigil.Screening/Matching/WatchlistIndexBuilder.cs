using System.Collections.Frozen;
using System.Runtime.InteropServices;
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
        // Tokenize every name of every entry (in parallel: normalization is most of the work), with each entry's
        // distinct tokens for the document frequencies.
        var perEntry = new (List<RawAlias> Aliases, string[] Distinct)[entries.Length];
        Parallel.For(0, entries.Length, e => perEntry[e] = Tokenize(e, entries[e]));
        var rawAliases = new List<RawAlias>(entries.Length * 2);
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (list, distinct) in perEntry)
        {
            rawAliases.AddRange(list);
            foreach (var token in distinct)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(df, token, out _)++;
            }
        }
        var n = Math.Max(1, entries.Length);
        var logN = Math.Log(n + 1.0);
        var words = df.Keys.ToArray();
        Array.Sort(words, StringComparer.Ordinal);
        var vocab = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        for (var id = 0; id < words.Length; id++)
        {
            vocab[words[id]] = id;
        }
        var tokenInfo = new NameToken[words.Length];
        Parallel.For(0, words.Length, id =>
        {
            // Rarity in [0.2, 1]: a token on one entry weighs ~1, "kim" or "mohammad" far less.
            var weight = (float)Math.Clamp(Math.Log((n + 1.0) / (df[words[id]] + 0.5)) / logN, 0.2, 1.0);
            tokenInfo[id] = NameToken.Create(words[id], weight);
        });
        var aliases = new IndexedAlias[rawAliases.Count];
        Parallel.For(0, rawAliases.Count, a =>
        {
            var raw = rawAliases[a];
            var tokens = new NameToken[raw.Tokens.Length];
            var ids = new int[raw.Tokens.Length];
            var weightSum = 0f;
            for (var t = 0; t < tokens.Length; t++)
            {
                ids[t] = vocab[raw.Tokens[t]];
                tokens[t] = tokenInfo[ids[t]];
                weightSum += tokens[t].Weight;
            }
            aliases[a] = new IndexedAlias(raw.Entry, raw.Name, raw.Kind, raw.Quality, tokens, ids, weightSum);
        });
        var postings = Postings(aliases, words.Length);
        // Adjacent tokens joined ("song"+"il"), so a query that writes them as one token finds the alias.
        var joinedCount = aliases.Sum(a => Math.Max(0, a.Tokens.Length - 1));
        var joinedKeys = new string?[joinedCount];
        var joinedValues = new int[joinedCount];
        for (int a = 0, at = 0; a < aliases.Length; a++)
        {
            var tokens = aliases[a].Tokens;
            for (var t = 0; t + 1 < tokens.Length; t++, at++)
            {
                joinedKeys[at] = tokens[t].Text + tokens[t + 1].Text;
                joinedValues[at] = a;
            }
        }
        // Typo neighbourhood: each token of 4+ letters under itself and every one-letter deletion.
        var deleteStarts = new int[words.Length + 1];
        for (var id = 0; id < words.Length; id++)
        {
            deleteStarts[id + 1] = deleteStarts[id] + (words[id].Length >= 4 ? words[id].Length + 1 : 0);
        }
        var deleteKeys = new string?[deleteStarts[^1]];
        var deleteValues = new int[deleteStarts[^1]];
        Parallel.For(0, words.Length, id =>
        {
            var text = words[id];
            if (text.Length < 4)
            {
                return;
            }
            var at = deleteStarts[id];
            deleteKeys[at] = text;
            deleteValues[at] = id;
            for (var i = 0; i < text.Length; i++)
            {
                deleteKeys[at + 1 + i] = string.Concat(text.AsSpan(0, i), text.AsSpan(i + 1));
                deleteValues[at + 1 + i] = id;
            }
        });
        var koreanKeys = new string?[words.Length];
        var koreanValues = new int[words.Length];
        for (var id = 0; id < words.Length; id++)
        {
            koreanKeys[id] = tokenInfo[id].KoreanKey;
            koreanValues[id] = id;
        }
        var deletes = KeyedPostings.Build(deleteKeys, deleteValues, deleteKeys.Length);
        var joined = KeyedPostings.Build(joinedKeys, joinedValues, joinedCount);
        var korean = KeyedPostings.Build(koreanKeys, koreanValues, words.Length);
        var (wallets, emails, phones, documents) = IdentifierMaps(entries);
        return new WatchlistIndex(entries, aliases, vocab, tokenInfo, postings, deletes, korean, joined, wallets, emails, phones, documents);
    }

    private readonly record struct RawAlias(int Entry, string Name, string Kind, AliasQuality Quality, string[] Tokens);

    private static (List<RawAlias> Aliases, string[] Distinct) Tokenize(int e, ListEntry entry)
    {
        var result = new List<RawAlias>(entry.Aliases.Count + 1);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        for (var i = -1; i < entry.Aliases.Count; i++)
        {
            if (i < 0 && entry.Name.Length == 0)
            {
                continue;
            }
            var (name, quality, kind) = i < 0 ? (entry.Name, AliasQuality.Strong, "primary") : (entry.Aliases[i].Name, entry.Aliases[i].Quality, entry.Aliases[i].Kind);
            var tokens = NameNormalizer.Tokens(name, entry.Type);
            if (tokens.Length == 0 || !seen.Add(string.Join(' ', tokens)))
            {
                continue;
            }
            result.Add(new RawAlias(e, name, kind, quality, tokens));
            distinct.UnionWith(tokens);
        }
        return (result, distinct.ToArray());
    }

    /// <summary>Aliases per token id, each alias once, in alias order.</summary>
    private static int[][] Postings(IndexedAlias[] aliases, int tokenCount)
    {
        var counts = new int[tokenCount];
        foreach (var alias in aliases)
        {
            foreach (var id in alias.TokenIds)
            {
                counts[id]++;
            }
        }
        var postings = new int[tokenCount][];
        var filled = new int[tokenCount];
        for (var id = 0; id < tokenCount; id++)
        {
            postings[id] = new int[counts[id]];
        }
        for (var a = 0; a < aliases.Length; a++)
        {
            foreach (var id in aliases[a].TokenIds)
            {
                if (filled[id] == 0 || postings[id][filled[id] - 1] != a)
                {
                    postings[id][filled[id]++] = a;
                }
            }
        }
        // A token repeated within one alias was counted twice but stored once.
        for (var id = 0; id < tokenCount; id++)
        {
            if (filled[id] != counts[id])
            {
                postings[id] = postings[id][..filled[id]];
            }
        }
        return postings;
    }

    private static (FrozenDictionary<string, int[]> Wallets, FrozenDictionary<string, int[]> Emails, FrozenDictionary<string, int[]> Phones, FrozenDictionary<string, int[]> Documents)
        IdentifierMaps(ListEntry[] entries)
    {
        // Canonicalizing identifiers is the costly part: do it in parallel, insert in entry order.
        var keys = new (string[] Wallets, string[] Emails, string[] Phones, string[] Documents)[entries.Length];
        Parallel.For(0, entries.Length, e =>
        {
            var entry = entries[e];
            keys[e] = (
                entry.Wallets.Count == 0 ? [] : entry.Wallets.Select(w => IdentifierKeys.Wallet(w.Address)).ToArray(),
                entry.Emails.Count == 0 ? [] : entry.Emails.Select(IdentifierKeys.Email).ToArray(),
                entry.Phones.Count == 0 ? [] : entry.Phones.Select(IdentifierKeys.Phone).Where(k => k.Length >= 7).ToArray(),
                entry.Identifiers.Count == 0 ? [] : entry.Identifiers.Select(d => IdentifierKeys.Document(d.Value)).Where(k => k.Length >= 5).ToArray());
        });
        var wallets = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var emails = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var phones = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var documents = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var e = 0; e < entries.Length; e++)
        {
            foreach (var key in keys[e].Wallets)
            {
                AddTo(wallets, key, e);
            }
            foreach (var key in keys[e].Emails)
            {
                AddTo(emails, key, e);
            }
            foreach (var key in keys[e].Phones)
            {
                AddTo(phones, key, e);
            }
            foreach (var key in keys[e].Documents)
            {
                AddTo(documents, key, e);
            }
        }
        return (Freeze(wallets), Freeze(emails), Freeze(phones), Freeze(documents));
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

    private static FrozenDictionary<string, int[]> Freeze(Dictionary<string, List<int>> map) =>
        map.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
}
