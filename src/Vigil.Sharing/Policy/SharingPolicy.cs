using Vigil.Core.Identifiers;
using Vigil.Sharing.Stix.Markings;

namespace Vigil.Sharing.Policy;

/// <summary>
/// Decides what leaves the organization. Defaults are the safe ones: confirmed cases only, hashed only, nothing
/// above TLP:AMBER, only the identifier kinds that are useful across organizations (§ design notes of
/// indicators.md: phone, email, wallet, payout, bank, photo hash, egress IP, GitHub).
/// </summary>
/// <remarks>Order of rules: explicit exclusion, kind, TLP, confidence, confirmed-or-included, then raw vs hashed.
/// Immutable; thread-safe.</remarks>
public sealed record SharingPolicy
{
    public static readonly IReadOnlySet<IdentifierKind> DefaultKinds = new HashSet<IdentifierKind>
    {
        IdentifierKind.Phone, IdentifierKind.Email, IdentifierKind.CryptoWallet, IdentifierKind.PayoutAccount,
        IdentifierKind.BankAccount, IdentifierKind.PhotoHash, IdentifierKind.IpAddress, IdentifierKind.GitHub,
        IdentifierKind.PostalAddress, IdentifierKind.LinkedIn,
    };

    /// <summary>Share only identifiers from confirmed cases or explicitly included ones. Default true.</summary>
    public bool ConfirmedCasesOnly { get; init; } = true;

    /// <summary>Never share raw values, even ones marked for raw sharing. Default true.</summary>
    public bool HashedOnly { get; init; } = true;

    /// <summary>The most restrictive TLP that may leave; default Amber (AMBER+STRICT and RED stay in).</summary>
    public TlpLevel MaximumTlp { get; init; } = TlpLevel.Amber;

    /// <summary>0–100; candidates below are withheld. Default 0.</summary>
    public int MinimumConfidence { get; init; }

    public IReadOnlySet<IdentifierKind> Kinds { get; init; } = DefaultKinds;

    public SharingDecision Evaluate(ShareCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (candidate.ExplicitlyExcluded)
        {
            return new(candidate, SharingAction.Withhold, "excluded by an analyst");
        }
        if (!Kinds.Contains(candidate.Kind))
        {
            return new(candidate, SharingAction.Withhold, $"kind {candidate.Kind} is not shared by this policy");
        }
        if (candidate.Tlp > MaximumTlp)
        {
            return new(candidate, SharingAction.Withhold, $"{TlpMarkings.NameOf(candidate.Tlp)} is above the policy's {TlpMarkings.NameOf(MaximumTlp)}");
        }
        if (candidate.Confidence < MinimumConfidence)
        {
            return new(candidate, SharingAction.Withhold, $"confidence {candidate.Confidence} is below {MinimumConfidence}");
        }
        if (ConfirmedCasesOnly && !candidate.FromConfirmedCase && !candidate.ExplicitlyIncluded)
        {
            return new(candidate, SharingAction.Withhold, "not from a confirmed case");
        }
        if (candidate.MarkedForRawSharing && !HashedOnly)
        {
            return new(candidate, SharingAction.ShareRaw, "marked for raw sharing");
        }
        return new(candidate, SharingAction.ShareHashed,
            candidate.MarkedForRawSharing ? "marked for raw sharing, but the policy shares hashes only" : "keyed hash only");
    }

    public IEnumerable<SharingDecision> Evaluate(IEnumerable<ShareCandidate> candidates) => candidates.Select(Evaluate);
}
