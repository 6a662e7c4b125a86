using Vigil.Core.Identifiers;

namespace Vigil.Sharing.Misp;

/// <summary>
/// MISP attribute type and category per identifier kind (types and categories of MISP's
/// <c>app/Model/MispAttribute.php</c>). Keyed hashes have no MISP type; they travel as <c>text</c> in category
/// <c>Other</c> with the <see cref="KeyedHashing.KeyedHash.ToWireText"/> value.
/// </summary>
public static class MispAttributeMapping
{
    public static (string Type, string Category)? RawType(IdentifierKind kind, string value) => kind switch
    {
        IdentifierKind.Email => ("email", "Social network"),
        IdentifierKind.Phone => ("phone-number", "Person"),
        IdentifierKind.IpAddress => ("ip-src", "Network activity"),
        IdentifierKind.Url => ("url", "Network activity"),
        IdentifierKind.BankAccount => (value.Length > 14 && char.IsAsciiLetter(value[0]) && char.IsAsciiLetter(value[1]) ? "iban" : "bank-account-nr", "Financial fraud"),
        IdentifierKind.CryptoWallet when value.StartsWith("bc1", StringComparison.Ordinal) || value.StartsWith('1') || value.StartsWith('3') => ("btc", "Financial fraud"),
        IdentifierKind.GitHub => ("github-username", "Social network"),
        _ => null,
    };

    public static IdentifierKind? KindOf(string type) => type switch
    {
        "email" or "email-src" or "email-dst" or "whois-registrant-email" => IdentifierKind.Email,
        "phone-number" or "whois-registrant-phone" => IdentifierKind.Phone,
        "ip-src" or "ip-dst" => IdentifierKind.IpAddress,
        "url" or "link" => IdentifierKind.Url,
        "iban" or "bank-account-nr" => IdentifierKind.BankAccount,
        "btc" or "xmr" or "dash" => IdentifierKind.CryptoWallet,
        "github-username" => IdentifierKind.GitHub,
        _ => null,
    };
}
