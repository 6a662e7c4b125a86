using Vigil.Screening.Lists;

namespace Vigil.Screening.Matching;

/// <summary>One list entry that matched a query, with the name that matched and the features behind the score.</summary>
public sealed record ScreeningMatch
{
    public required string EntryId { get; init; }
    public required string Source { get; init; }
    public string? ListVersion { get; init; }
    public required string EntryName { get; init; }
    public EntityType EntityType { get; init; }
    public required IReadOnlyList<string> Programs { get; init; }

    /// <summary>The name or alias that scored best (for identifier-only hits, the entry's primary name).</summary>
    public required string MatchedName { get; init; }

    /// <summary><c>primary</c>, the alias kind (<c>aka</c>, <c>fka</c>...) or <c>identifier</c>.</summary>
    public required string MatchedNameKind { get; init; }

    public bool MatchedNameIsWeak { get; init; }

    /// <summary>Final score in [0, 1]: best main feature plus qualifiers, clamped.</summary>
    public double Score { get; init; }

    /// <summary>True when <see cref="Score"/> reaches the threshold in force.</summary>
    public bool IsMatch { get; init; }

    public required IReadOnlyList<FeatureScore> Features { get; init; }
    public IReadOnlyList<TokenPair> NamePairs { get; init; } = [];
}
