namespace Vigil.Server.Contracts;

public sealed record CreateCaseRequest(string? Title, List<Guid>? AlertIds = null, string? Assignee = null, DateTimeOffset? DueAt = null);
