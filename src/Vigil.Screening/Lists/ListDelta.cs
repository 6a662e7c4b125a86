namespace Vigil.Screening.Lists;

/// <summary>Entries added, removed and changed between two list versions (entry id → content hash maps).</summary>
public sealed record ListDelta(IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<string> Changed)
{
    public static ListDelta Empty { get; } = new([], [], []);

    public int Count => Added.Count + Removed.Count + Changed.Count;

    public static ListDelta Between(IReadOnlyDictionary<string, string>? previous, IReadOnlyDictionary<string, string> current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var before = previous ?? new Dictionary<string, string>();
        var added = current.Keys.Where(k => !before.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        var removed = before.Keys.Where(k => !current.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        var changed = current.Where(p => before.TryGetValue(p.Key, out var h) && h != p.Value).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        return new ListDelta(added, removed, changed);
    }
}
