using Vigil.Core.Reference;

namespace Vigil.Intel.Ip;

/// <summary>The merged opinion of every loaded list about one stretch of addresses.</summary>
/// <param name="Kind">The strongest class any list gives (Tor &gt; VPN &gt; Private Relay &gt; proxy &gt; hosting).</param>
/// <param name="Provider">The provider named by a list of that strongest class, else by any list; null when unnamed.</param>
/// <param name="Sources">Every list holding the range, sorted, for evidence.</param>
public sealed record AnonymizerVerdict(AnonymizerKind Kind, string? Provider, IReadOnlyList<string> Sources)
{
    public static AnonymizerVerdict None { get; } = new(AnonymizerKind.None, null, []);

    /// <summary>Merges labels into one verdict (the same rule for ranges and ASN rules).</summary>
    public static AnonymizerVerdict Merge(IEnumerable<RangeLabel> labels)
    {
        var kind = AnonymizerKind.None;
        string? strongestProvider = null;
        string? anyProvider = null;
        var sources = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            sources.Add(label.Source);
            if (label.Provider is not null)
            {
                anyProvider ??= label.Provider;
            }
            if (label.Kind > kind)
            {
                kind = label.Kind;
                strongestProvider = label.Provider;
            }
            else if (label.Kind == kind && strongestProvider is null)
            {
                strongestProvider = label.Provider;
            }
        }
        return sources.Count == 0 ? None : new AnonymizerVerdict(kind, strongestProvider ?? anyProvider, [.. sources]);
    }
}
