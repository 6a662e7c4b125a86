using System.Collections.Concurrent;
using Vigil.Screening.Lists;
using Vigil.Screening.Matching;

namespace Vigil.Server.Application.Sanctions;

/// <summary>Compiled watchlist indexes of this process, keyed by list version content hash, so a server or a long
/// CLI run builds each version once. Keeps the two most recent versions.</summary>
public static class SanctionsIndexCache
{
    private static readonly ConcurrentDictionary<string, Lazy<CachedIndex>> Cache = new(StringComparer.Ordinal);

    public sealed record CachedIndex(WatchlistIndex Index, IReadOnlyDictionary<string, string> Hashes);

    public static bool TryGet(string contentHash, out CachedIndex cached)
    {
        if (Cache.TryGetValue(contentHash, out var lazy))
        {
            cached = lazy.Value;
            return true;
        }
        cached = null!;
        return false;
    }

    public static WatchlistIndex GetOrBuild(string contentHash, IReadOnlyList<ListEntry> entries, IReadOnlyDictionary<string, string>? hashes = null)
    {
        var lazy = Cache.GetOrAdd(contentHash, _ => new Lazy<CachedIndex>(() => new CachedIndex(
            WatchlistIndex.Build(entries),
            hashes ?? entries.ToDictionary(e => e.Id, ListEntryHash.Compute, StringComparer.Ordinal))));
        var index = lazy.Value.Index;
        if (Cache.Count > 2)
        {
            foreach (var key in Cache.Keys.Where(k => k != contentHash).Take(Cache.Count - 2))
            {
                Cache.TryRemove(key, out _);
            }
        }
        return index;
    }
}
