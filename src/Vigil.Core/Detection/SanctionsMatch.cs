namespace Vigil.Core.Detection;

/// <summary>One sanctions-list entry a subject matched (SAN-01, PAY-10).</summary>
/// <param name="ListId">The list, e.g. <c>ofac-sdn</c>, <c>un-1718</c>, <c>opensanctions</c>.</param>
/// <param name="EntryId">The entry's id on that list.</param>
/// <param name="EntryName">The listed name.</param>
/// <param name="Score">Match score in [0, 1]; 1 is an exact identifier match (a wallet).</param>
/// <param name="Features">What matched, for the analyst ("name:token-set 0.93", "dob:exact", "wallet:exact").</param>
public sealed record SanctionsMatch(string ListId, string EntryId, string EntryName, double Score, IReadOnlyList<string> Features)
{
    /// <summary>True when the match rests on an exact identifier (a wallet address) rather than a name.</summary>
    public bool IsIdentifierMatch => Features.Any(f => f.StartsWith("wallet:", StringComparison.Ordinal));

    /// <summary>Sanctions programs of the entry (OFAC <c>DPRK3</c>, <c>CYBER2</c>; UN <c>DPRK</c>).</summary>
    public IReadOnlyList<string> Programs { get; init; } = [];

    /// <summary>The listed name or alias that matched (the primary name for identifier-only matches).</summary>
    public string? MatchedName { get; init; }

    /// <summary>Publication date or version of the list the entry came from.</summary>
    public string? ListVersion { get; init; }
}
