namespace Vigil.Core.Identifiers;

/// <summary>
/// What an identifier names. The numeric values are stored in the database and shared in keyed hashes
/// (as the lower-case name), so members are only ever appended.
/// </summary>
public enum IdentifierKind
{
    Name = 1,
    Email = 2,
    Phone = 3,
    PostalAddress = 4,
    BankAccount = 5,
    PayoutAccount = 6,
    CryptoWallet = 7,
    IpAddress = 8,
    DeviceId = 9,
    GitHub = 10,
    LinkedIn = 11,
    PhotoHash = 12,
    DocumentNumber = 13,
    Url = 14,
}
