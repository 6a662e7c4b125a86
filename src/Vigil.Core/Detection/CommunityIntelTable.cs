using Vigil.Core.Identifiers;
using Vigil.Core.Reference;

namespace Vigil.Core.Detection;

/// <summary>An in-memory <see cref="ICommunityIntel"/> over raw-value indicators (keyed-hash ones need the
/// community key and are matched by Vigil.Sharing). Immutable after construction; thread-safe.</summary>
public sealed class CommunityIntelTable : ICommunityIntel
{
    private readonly Dictionary<(IdentifierKind, string), List<CommunityIndicator>> _byValue = [];

    public CommunityIntelTable(IEnumerable<CommunityIndicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        foreach (var i in indicators)
        {
            if (i.Value is null)
            {
                continue;
            }
            var key = (i.Kind, i.Value);
            if (!_byValue.TryGetValue(key, out var list))
            {
                _byValue[key] = list = [];
            }
            list.Add(i);
        }
    }

    public static CommunityIntelTable Empty { get; } = new([]);

    public int Count => _byValue.Count;

    public IReadOnlyList<CommunityIndicator> Match(Identifier identifier) =>
        _byValue.TryGetValue((identifier.Kind, identifier.Value), out var list) ? list : [];
}
