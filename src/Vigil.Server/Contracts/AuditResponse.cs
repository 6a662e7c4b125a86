namespace Vigil.Server.Contracts;

public sealed record AuditResponse(long Sequence, DateTimeOffset At, string Actor, string Action, string Target, string? DetailsJson, string Hash);
