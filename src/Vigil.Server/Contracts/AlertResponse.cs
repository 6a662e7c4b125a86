namespace Vigil.Server.Contracts;

public sealed record AlertResponse(Guid Id, Guid SubjectId, string SubjectName, double Score, string Level, string Status, string TopReason,
    IReadOnlyList<string> Indicators, IReadOnlyList<string> Detectors, string? Assignee, Guid? CaseId, string? ClusterId,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, IReadOnlyList<FindingDto>? Findings);
