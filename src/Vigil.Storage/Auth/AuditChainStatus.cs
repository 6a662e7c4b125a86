using Vigil.Core.Cases;

namespace Vigil.Storage.Auth;

/// <summary>A verified chain and its head (the newest entry's sequence and hash, 0 and the genesis hash when empty),
/// to record outside the database and pass back as <c>--expect-head</c>.</summary>
public sealed record AuditChainStatus(AuditVerification Verification, AuditAnchor Head);
