namespace Vigil.Server.Contracts;

/// <summary>One action on many alerts: <c>assign</c> (Assignee), <c>suppress</c> (Reason required), <c>acknowledge</c>, <c>reopen</c>.</summary>
public sealed record BulkAlertRequest(List<Guid>? Ids, string? Action, string? Assignee = null, string? Reason = null);
