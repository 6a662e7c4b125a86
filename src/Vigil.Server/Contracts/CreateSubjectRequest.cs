namespace Vigil.Server.Contracts;

/// <summary>A subject to create or update (idempotent by ExternalId within the organization).</summary>
public sealed record CreateSubjectRequest(string? ExternalId, string? FullName, string? Kind = null, string? ClaimedCountry = null,
    string? ClaimedTimezone = null, DateOnly? DateOfBirth = null, DateTimeOffset? AppliedAt = null, string? Position = null,
    List<IdentifierInput>? Identifiers = null);
