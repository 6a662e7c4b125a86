using Vigil.Core.Identifiers;
using Vigil.Sharing.Stix;
using Vigil.Sharing.Stix.Observables;
using Vigil.Sharing.Stix.Patterns;

namespace Vigil.Sharing.Export;

/// <summary>
/// How each <see cref="IdentifierKind"/> appears in STIX when shared raw: which SCO, which pattern. Kinds that are
/// personal data with no cross-organization meaning in the clear (names, postal addresses, document numbers,
/// device ids) have no raw form and are always hashed.
/// </summary>
public static class IdentifierStixMapping
{
    /// <summary>Marker provider for bank accounts carried in <c>x-vigil-payout-account</c>.</summary>
    public const string BankProvider = "bank";

    public static bool HasRawForm(IdentifierKind kind) => kind is IdentifierKind.Email or IdentifierKind.Phone
        or IdentifierKind.CryptoWallet or IdentifierKind.PayoutAccount or IdentifierKind.BankAccount or IdentifierKind.PhotoHash
        or IdentifierKind.IpAddress or IdentifierKind.Url or IdentifierKind.GitHub or IdentifierKind.LinkedIn;

    /// <summary>The SCO for a raw value, with its deterministic id.</summary>
    public static StixObservable ToObservable(IdentifierKind kind, string value) => kind switch
    {
        IdentifierKind.Email => new EmailAddress { Value = value }.WithDeterministicId(),
        IdentifierKind.IpAddress when value.Contains(':', StringComparison.Ordinal) => new Ipv6Address { Value = value }.WithDeterministicId(),
        IdentifierKind.IpAddress => new Ipv4Address { Value = value }.WithDeterministicId(),
        IdentifierKind.Url => new UrlObservable { Value = value }.WithDeterministicId(),
        IdentifierKind.GitHub => new UserAccount { AccountType = "github", AccountLogin = value }.WithDeterministicId(),
        IdentifierKind.LinkedIn => new UserAccount { AccountType = "linkedin", AccountLogin = value }.WithDeterministicId(),
        IdentifierKind.Phone => VigilStixExtensions.Declare(new PhoneNumberObservable { Value = value }),
        IdentifierKind.CryptoWallet => VigilStixExtensions.Declare(new CryptoWalletObservable { Address = value }),
        IdentifierKind.PayoutAccount => VigilStixExtensions.Declare(new PayoutAccountObservable { Account = value }),
        IdentifierKind.BankAccount => VigilStixExtensions.Declare(new PayoutAccountObservable { Provider = BankProvider, Account = value }),
        IdentifierKind.PhotoHash => VigilStixExtensions.Declare(new PhotoHashObservable { Algorithm = "pdq", Hash = value }),
        _ => throw new ArgumentException($"{kind} is never shared raw", nameof(kind)),
    };

    /// <summary>The indicator pattern matching a raw value.</summary>
    public static string RawPattern(IdentifierKind kind, string value)
    {
        PatternExpression comparison = kind switch
        {
            IdentifierKind.Email => StixPatternBuilder.Equal("email-addr:value", value),
            IdentifierKind.IpAddress when value.Contains(':', StringComparison.Ordinal) => StixPatternBuilder.Equal("ipv6-addr:value", value),
            IdentifierKind.IpAddress => StixPatternBuilder.Equal("ipv4-addr:value", value),
            IdentifierKind.Url => StixPatternBuilder.Equal("url:value", value),
            IdentifierKind.GitHub => StixPatternBuilder.And(StixPatternBuilder.Equal("user-account:account_type", "github"), StixPatternBuilder.Equal("user-account:account_login", value)),
            IdentifierKind.LinkedIn => StixPatternBuilder.And(StixPatternBuilder.Equal("user-account:account_type", "linkedin"), StixPatternBuilder.Equal("user-account:account_login", value)),
            IdentifierKind.Phone => StixPatternBuilder.Equal("x-vigil-phone-number:value", value),
            IdentifierKind.CryptoWallet => StixPatternBuilder.Equal("x-vigil-crypto-wallet:address", value),
            IdentifierKind.PayoutAccount => StixPatternBuilder.Equal("x-vigil-payout-account:account", value),
            IdentifierKind.BankAccount => StixPatternBuilder.And(StixPatternBuilder.Equal("x-vigil-payout-account:provider", BankProvider), StixPatternBuilder.Equal("x-vigil-payout-account:account", value)),
            IdentifierKind.PhotoHash => StixPatternBuilder.Equal("x-vigil-photo-hash:hash", value),
            _ => throw new ArgumentException($"{kind} is never shared raw", nameof(kind)),
        };
        return StixPatternBuilder.Observe(comparison).ToString();
    }

    /// <summary>The indicator pattern matching a keyed hash.</summary>
    public static string HashedPattern(KeyedHashing.KeyedHash hash) => StixPatternBuilder.Observe(StixPatternBuilder.And(
        StixPatternBuilder.Equal("x-vigil-keyed-identifier:identifier_kind", KeyedHashing.KeyedIdentifierHasher.KindName(hash.Kind)),
        StixPatternBuilder.Equal("x-vigil-keyed-identifier:key_id", hash.KeyId),
        StixPatternBuilder.Equal("x-vigil-keyed-identifier:canonicalization", hash.Canonicalization),
        StixPatternBuilder.Equal("x-vigil-keyed-identifier:hash", hash.Hash))).ToString();

    /// <summary>
    /// Reads back what <see cref="RawPattern"/> and <see cref="HashedPattern"/> write, and the equivalent patterns
    /// of other producers: the equality tests of one observation. Null when the observation is not an identifier.
    /// </summary>
    public static (IdentifierKind Kind, string? Value, KeyedHashing.KeyedHash? Hash)? FromEqualities(string objectType, IReadOnlyDictionary<string, string> eq)
    {
        ArgumentNullException.ThrowIfNull(eq);
        string? V(string p) => eq.TryGetValue(p, out var v) ? v : null;
        switch (objectType)
        {
            case StixTypes.EmailAddr when V("value") is { } v:
                return (IdentifierKind.Email, v, null);
            case StixTypes.Ipv4Addr or StixTypes.Ipv6Addr when V("value") is { } v:
                return (IdentifierKind.IpAddress, v, null);
            case StixTypes.Url when V("value") is { } v:
                return (IdentifierKind.Url, v, null);
            case StixTypes.UserAccount when V("account_login") is { } v && V("account_type") is "github" or "linkedin":
                return (V("account_type") == "github" ? IdentifierKind.GitHub : IdentifierKind.LinkedIn, v, null);
            case StixTypes.PhoneNumber when V("value") is { } v:
                return (IdentifierKind.Phone, v, null);
            case StixTypes.CryptoWallet when V("address") is { } v:
                return (IdentifierKind.CryptoWallet, v, null);
            case StixTypes.PayoutAccount when V("account") is { } v:
                return (V("provider") == BankProvider ? IdentifierKind.BankAccount : IdentifierKind.PayoutAccount, v, null);
            case StixTypes.PhotoHash when V("hash") is { } v:
                return (IdentifierKind.PhotoHash, v, null);
            case StixTypes.KeyedIdentifier when V("hash") is { Length: 64 } h && V("identifier_kind") is { } k
                && KeyedHashing.KeyedIdentifierHasher.TryParseKind(k, out var kind):
                return (kind, null, new KeyedHashing.KeyedHash(kind, V("key_id") ?? "", V("canonicalization") ?? Canonicalizer.Version, h.ToLowerInvariant()));
            default:
                return null;
        }
    }
}
