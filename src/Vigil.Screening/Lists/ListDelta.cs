namespace Vigil.Screening.Lists;

/// <summary>Entries added, removed and changed between two stored versions.</summary>
public sealed record ListDelta(IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<string> Changed)
{
    public static ListDelta Between(ListManifest? previous, ListManifest current)
    {
        var before = previous?.EntryHashes ?? [];
        var added = current.EntryHashes.Keys.Where(k => !before.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        var removed = before.Keys.Where(k => !current.EntryHashes.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        var changed = current.EntryHashes.Where(p => before.TryGetValue(p.Key, out var h) && h != p.Value).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        return new ListDelta(added, removed, changed);
    }
}
