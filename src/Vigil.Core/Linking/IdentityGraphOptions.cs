using Vigil.Core.Identifiers;

namespace Vigil.Core.Linking;

/// <summary>
/// How strongly each shared identifier kind links two subjects, and when sharing stops meaning anything.
/// </summary>
/// <remarks>
/// Strong kinds (payout and bank accounts, phones, emails, wallets, photos, profile handles, document numbers)
/// belong to one person; two "different" people sharing one is the PAY-05 / COM-02 / PRF-02 pattern. A postal
/// address is weak (families and flatmates share one), an IP weaker still (offices, carrier NAT). Links below
/// <see cref="UnionThreshold"/> are kept as evidence but do not merge clusters, so a family at one address stays
/// apart.
/// </remarks>
public sealed record IdentityGraphOptions
{
    public IReadOnlyDictionary<IdentifierKind, double> KindWeights { get; init; } = new Dictionary<IdentifierKind, double>
    {
        [IdentifierKind.PayoutAccount] = 1.0,
        [IdentifierKind.BankAccount] = 1.0,
        [IdentifierKind.CryptoWallet] = 0.9,
        [IdentifierKind.Phone] = 0.9,
        [IdentifierKind.Email] = 1.0,
        [IdentifierKind.PhotoHash] = 0.9,
        [IdentifierKind.DeviceId] = 0.8,
        [IdentifierKind.GitHub] = 1.0,
        [IdentifierKind.LinkedIn] = 1.0,
        [IdentifierKind.DocumentNumber] = 1.0,
        [IdentifierKind.PostalAddress] = 0.3,
        [IdentifierKind.IpAddress] = 0.1,
    };

    /// <summary>A value shared by more subjects than this is common infrastructure (a company office, a carrier
    /// gateway, a placeholder), not an identity: it stops linking. MISP caps correlations at 20 for the same reason.</summary>
    public int MaxSharing { get; init; } = 20;

    /// <summary>Links at or above this weight merge clusters.</summary>
    public double UnionThreshold { get; init; } = 0.5;

    /// <summary>Weight of a near-duplicate document or photo link.</summary>
    public double ContentLinkWeight { get; init; } = 0.8;

    /// <summary>Canonical <c>kind:value</c> keys never linked on (an employer's office address, a shared test phone).</summary>
    public IReadOnlySet<string> Allowlist { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    public double WeightOf(IdentifierKind kind) => KindWeights.GetValueOrDefault(kind);

    /// <summary>Weight of a value shared by <paramref name="sharers"/> subjects: rarer is stronger, and past
    /// <see cref="MaxSharing"/> it is zero.</summary>
    public double RarityWeight(IdentifierKind kind, int sharers)
    {
        if (sharers < 2 || sharers > MaxSharing)
        {
            return 0;
        }
        return WeightOf(kind) / (1 + 0.1 * Math.Log2(sharers));
    }
}
