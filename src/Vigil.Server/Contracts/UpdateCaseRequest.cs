namespace Vigil.Server.Contracts;

/// <summary>A partial update; <c>Version</c> (or an <c>If-Match</c> header) must be the version read, else 409/412.</summary>
public sealed record UpdateCaseRequest(int? Version = null, string? Status = null, string? Disposition = null, string? Assignee = null,
    DateTimeOffset? DueAt = null, bool? ClearDueAt = null);
