namespace Vigil.Core.Cases;

/// <summary>The outcome of <see cref="AuditChain.Verify"/>: intact, or where and why the chain breaks.</summary>
public sealed record AuditVerification(bool IsIntact, int Entries, long? BrokenAt, string? Problem)
{
    public static AuditVerification Broken(int entries, long at, string problem) => new(false, entries, at, problem);
}
