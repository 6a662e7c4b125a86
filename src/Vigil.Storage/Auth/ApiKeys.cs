using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Vigil.Storage.Auth;

/// <summary>Creates and checks API keys.</summary>
/// <remarks>
/// Keys carry 256 random bits, so a plain SHA-256 is enough to store them: a slow KDF (bcrypt, Argon2) protects
/// low-entropy human passwords against guessing after a database leak, but nobody can enumerate 2^256 candidates,
/// however fast the hash. A fast hash also lets every request be authenticated with one indexed lookup instead of
/// a deliberately slow computation per call.
/// </remarks>
public static class ApiKeys
{
    public const string KeyPrefix = "vgl_";

    /// <summary>A new random key: <c>vgl_</c> + 43 base64url characters (256 bits).</summary>
    public static string Generate()
    {
        var bytes = RandomNumberGenerator.GetBytes(32);
        return KeyPrefix + Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Creates a key in <paramref name="orgId"/>; returns the stored row and the secret (shown once).</summary>
    public static async Task<(ApiKey Key, string Secret)> CreateAsync(VigilDatabase database, Guid orgId, string name,
        ApiRole role, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!Enum.IsDefined(role))
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role.");
        }
        var secret = Generate();
        var key = new ApiKey
        {
            Id = Guid.NewGuid(),
            OrgId = orgId,
            Name = name,
            Role = role,
            Prefix = secret[..12],
            Hash = Hash(secret),
            CreatedAt = (time ?? TimeProvider.System).GetUtcNow(),
        };
        await using var db = database.CreateContext(orgId);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return (key, secret);
    }

    /// <summary>Finds the live key for a presented secret, across organizations (authentication happens before
    /// the organization is known), or null.</summary>
    public static async Task<ApiKey?> FindAsync(VigilDatabase database, string secret, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (string.IsNullOrEmpty(secret) || !secret.StartsWith(KeyPrefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return null;
        }
        var hash = Hash(secret);
        await using var db = database.CreateContext();
        return await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Hash == hash && k.RevokedAt == null, cancellationToken);
    }

    /// <summary>Parses a role name as the CLI and API spell it: admin, analyst, ingest-only, read-only.</summary>
    public static bool TryParseRole(string text, out ApiRole role)
    {
        role = default;
        switch (text.Trim().ToLowerInvariant())
        {
            case "admin": role = ApiRole.Admin; return true;
            case "analyst": role = ApiRole.Analyst; return true;
            case "ingest-only" or "ingest": role = ApiRole.IngestOnly; return true;
            case "read-only" or "readonly": role = ApiRole.ReadOnly; return true;
            default: return false;
        }
    }

    public static string RoleName(ApiRole role) => role switch
    {
        ApiRole.Admin => "admin",
        ApiRole.Analyst => "analyst",
        ApiRole.IngestOnly => "ingest-only",
        ApiRole.ReadOnly => "read-only",
        _ => role.ToString(),
    };
}
