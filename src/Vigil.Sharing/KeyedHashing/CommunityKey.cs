namespace Vigil.Sharing.KeyedHashing;

/// <summary>
/// A secret shared by the members of one sharing community, under which identifiers are HMAC-ed. The key id is
/// public and travels with every hash; the secret never leaves the members (see docs/sharing.md, key custody).
/// </summary>
/// <remarks>
/// Validated at construction: the id is 1–64 characters of <c>[A-Za-z0-9._-]</c> (it appears in file names and
/// in STIX patterns), the secret at least 32 bytes (the HMAC-SHA256 block security level; a shorter secret could
/// be brute-forced offline from one leaked hash and a guessed number).
/// </remarks>
public sealed class CommunityKey
{
    public const int MinimumSecretBytes = 32;

    private readonly byte[] _secret;

    public CommunityKey(string keyId, ReadOnlySpan<byte> secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyId);
        if (keyId.Length > 64 || !keyId.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
        {
            throw new ArgumentException($"Key id '{keyId}' must be 1-64 characters of A-Z a-z 0-9 . _ -", nameof(keyId));
        }
        if (secret.Length < MinimumSecretBytes)
        {
            throw new ArgumentException($"The secret of key '{keyId}' has {secret.Length} bytes; at least {MinimumSecretBytes} are required", nameof(secret));
        }
        KeyId = keyId;
        _secret = secret.ToArray();
    }

    public string KeyId { get; }

    internal ReadOnlySpan<byte> Secret => _secret;

    /// <summary>Reads <c>base64</c> or <c>hex:...</c> secret text, as stored in configuration or a key file.</summary>
    public static CommunityKey FromText(string keyId, string secretText)
    {
        ArgumentNullException.ThrowIfNull(secretText);
        var text = secretText.Trim();
        byte[] bytes;
        try
        {
            bytes = text.StartsWith("hex:", StringComparison.OrdinalIgnoreCase)
                ? Convert.FromHexString(text[4..])
                : Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw new ArgumentException($"The secret of key '{keyId}' is neither base64 nor hex:...", nameof(secretText));
        }
        return new CommunityKey(keyId, bytes);
    }

    /// <summary>A fresh random key (for <c>vigil share keygen</c> and tests).</summary>
    public static CommunityKey Generate(string keyId) =>
        new(keyId, System.Security.Cryptography.RandomNumberGenerator.GetBytes(MinimumSecretBytes));

    /// <summary>The secret as base64, for writing a key file. Handle as a secret.</summary>
    public string ExportSecret() => Convert.ToBase64String(_secret);

    public override string ToString() => $"community key {KeyId}";
}
