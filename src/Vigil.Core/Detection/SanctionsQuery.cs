namespace Vigil.Core.Detection;

/// <summary>What a sanctions screen is asked about one subject.</summary>
/// <param name="Name">Full name as claimed.</param>
/// <param name="Country">ISO alpha-2 claimed country, when known.</param>
/// <param name="DateOfBirth">Claimed date of birth, when known.</param>
/// <param name="Wallets">Canonical crypto wallet addresses.</param>
public sealed record SanctionsQuery(string Name, string? Country, DateOnly? DateOfBirth, IReadOnlyList<string> Wallets)
{
    /// <summary>The stored subject being screened, when there is one (suppressions are per subject and entry).</summary>
    public Guid? SubjectId { get; init; }

    /// <summary>Canonical email addresses (exact matches against listed emails).</summary>
    public IReadOnlyList<string> Emails { get; init; } = [];

    /// <summary>Canonical phone numbers (exact matches against listed phones).</summary>
    public IReadOnlyList<string> Phones { get; init; } = [];

    /// <summary>Passport, national id and other document numbers (exact matches against listed identifiers).</summary>
    public IReadOnlyList<string> DocumentIds { get; init; } = [];
}
