namespace Vigil.Server.Contracts;

/// <summary>A subject as claimed and as observed, with its alert and the subjects it shares identifiers with.</summary>
public sealed record SubjectResponse(Guid Id, string ExternalId, string FullName, string Kind, string Status, string? ClaimedCountry,
    string? ClaimedTimezone, DateOnly? DateOfBirth, DateTimeOffset? AppliedAt, string? Position, DateTimeOffset CreatedAt,
    IReadOnlyList<IdentifierResponse> Identifiers, AlertResponse? Alert, IReadOnlyList<LinkedSubject> Linked, ActivityProfile Activity);
