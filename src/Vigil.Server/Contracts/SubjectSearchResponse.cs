namespace Vigil.Server.Contracts;

public sealed record SubjectSearchResponse(string Kind, string CanonicalValue, IReadOnlyList<SubjectSummary> Items);
