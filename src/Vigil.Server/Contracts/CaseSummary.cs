namespace Vigil.Server.Contracts;

public sealed record CaseSummary(Guid Id, string Title, string Status, string Disposition, string? Assignee, DateTimeOffset? DueAt,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int Version, int AlertCount, bool Overdue);
