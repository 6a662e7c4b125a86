namespace Vigil.Storage.Auth;

/// <summary>One action to append to the audit chain: what was done, to what, with which details (JSON).</summary>
public sealed record AuditRecord(string Action, string Target, string? DetailsJson = null);
