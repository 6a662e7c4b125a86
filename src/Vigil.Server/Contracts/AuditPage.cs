namespace Vigil.Server.Contracts;

public sealed record AuditPage(IReadOnlyList<AuditResponse> Items, string? Next);
