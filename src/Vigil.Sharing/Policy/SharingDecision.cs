namespace Vigil.Sharing.Policy;

/// <summary>What the policy does with one candidate and why (shown by <c>vigil share preview</c>).</summary>
public sealed record SharingDecision(ShareCandidate Candidate, SharingAction Action, string Reason);
