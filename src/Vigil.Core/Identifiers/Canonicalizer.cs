namespace Vigil.Core.Identifiers;

/// <summary>
/// Turns a raw identifier into its canonical <see cref="Identifier"/>. Pure and thread-safe.
/// </summary>
/// <remarks>
/// Canonical forms are a contract: they are stored, linked across subjects and hashed for sharing with partners
/// (see <c>docs/canonicalization.md</c>). Changing one is a breaking change that needs a new
/// <see cref="Version"/>.
/// </remarks>
public static class Canonicalizer
{
    /// <summary>Version of the canonical forms, carried with keyed hashes so partners know they agree.</summary>
    public const string Version = "vigil-canon-1";

    public static Identifier Canonicalize(IdentifierKind kind, string raw, CanonicalizationContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(raw);
        context ??= CanonicalizationContext.None;
        return kind switch
        {
            IdentifierKind.Email => EmailCanonicalizer.Canonicalize(raw),
            IdentifierKind.Phone => PhoneCanonicalizer.Canonicalize(raw, context.DefaultRegion),
            IdentifierKind.BankAccount => BankAccountCanonicalizer.Canonicalize(raw),
            IdentifierKind.PayoutAccount => PayoutAccountCanonicalizer.Canonicalize(raw, context.Provider),
            IdentifierKind.CryptoWallet => CryptoWalletCanonicalizer.Canonicalize(raw, context.Provider),
            IdentifierKind.PostalAddress => PostalAddressCanonicalizer.Canonicalize(raw),
            IdentifierKind.Name => PersonNameCanonicalizer.Canonicalize(raw),
            IdentifierKind.GitHub or IdentifierKind.LinkedIn or IdentifierKind.Url => ProfileCanonicalizer.Canonicalize(kind, raw),
            IdentifierKind.IpAddress => IpAddressCanonicalizer.Canonicalize(raw),
            _ => GenericCanonicalizer.Canonicalize(kind, raw),
        };
    }
}
