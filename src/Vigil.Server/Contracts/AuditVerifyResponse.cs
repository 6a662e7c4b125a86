namespace Vigil.Server.Contracts;

public sealed record AuditVerifyResponse(bool IsIntact, int Entries, long? BrokenAt, string? Problem);
