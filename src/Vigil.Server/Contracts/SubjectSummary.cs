namespace Vigil.Server.Contracts;

public sealed record SubjectSummary(Guid Id, string ExternalId, string FullName, string Kind, string Status, string? ClaimedCountry, string? Position);
