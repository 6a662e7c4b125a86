using Vigil.Screening.Lists;

namespace Vigil.Screening.Matching;

/// <summary>What to screen. Every field is optional, but a query needs a name or at least one identifier.</summary>
public sealed record MatchQuery
{
    /// <summary>Name in any order or script ("Kim Jong Un", "KIM, Jong Un", "김정은").</summary>
    public string? Name { get; init; }

    public DateOnly? DateOfBirth { get; init; }

    /// <summary>Claimed country or nationality, ISO alpha-2 or an English name.</summary>
    public string? Country { get; init; }

    /// <summary>Person or organization when known; <see cref="EntityType.Unknown"/> compares with anything.</summary>
    public EntityType Type { get; init; }

    /// <summary><c>male</c> or <c>female</c> when known.</summary>
    public string? Gender { get; init; }

    public IReadOnlyList<string> Wallets { get; init; } = [];
    public IReadOnlyList<string> Emails { get; init; } = [];
    public IReadOnlyList<string> Phones { get; init; } = [];
    public IReadOnlyList<string> DocumentIds { get; init; } = [];
}
