namespace Vigil.Server.Contracts;

/// <summary>Audit chain verification; <see cref="Head"/> is <c>SEQUENCE:HASH</c> of the newest entry, to keep outside the
/// database and pass back as <c>?expectHead=</c> (or <c>vigil audit verify --expect-head</c>).</summary>
public sealed record AuditVerifyResponse(bool IsIntact, int Entries, long? BrokenAt, string? Problem, string? Head = null);
