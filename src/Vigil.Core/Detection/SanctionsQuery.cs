namespace Vigil.Core.Detection;

/// <summary>What a sanctions screen is asked about one subject.</summary>
/// <param name="Name">Full name as claimed.</param>
/// <param name="Country">ISO alpha-2 claimed country, when known.</param>
/// <param name="DateOfBirth">Claimed date of birth, when known.</param>
/// <param name="Wallets">Canonical crypto wallet addresses.</param>
public sealed record SanctionsQuery(string Name, string? Country, DateOnly? DateOfBirth, IReadOnlyList<string> Wallets);
