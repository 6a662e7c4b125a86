using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Vigil.Storage;
using Vigil.Storage.Auth;

namespace Vigil.Server.Auth;

/// <summary>Authenticates <c>Authorization: Bearer vgl_...</c> or <c>X-Api-Key: vgl_...</c>.</summary>
/// <remarks>Looked-up keys are cached for a few seconds by hash, so paging at thousands of requests per second does
/// not cost a key lookup each; a revoked key stops working everywhere within that time.</remarks>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    VigilDatabase database,
    TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(10);
    private static readonly ConcurrentDictionary<string, (ApiKey? Key, DateTimeOffset Until)> Cache = new(StringComparer.Ordinal);

    public static string? ReadKey(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var auth = request.Headers.Authorization.ToString();
        if (auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return auth["Bearer ".Length..].Trim();
        }
        var header = request.Headers["X-Api-Key"].ToString();
        return header.Length > 0 ? header.Trim() : null;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var secret = ReadKey(Request);
        if (secret is null)
        {
            return AuthenticateResult.NoResult();
        }
        var key = await FindAsync(database, time, secret, Context.RequestAborted);
        return key is null
            ? AuthenticateResult.Fail("Unknown or revoked API key.")
            : AuthenticateResult.Success(new AuthenticationTicket(VigilClaims.For(key, SchemeName), SchemeName));
    }

    internal static async Task<ApiKey?> FindAsync(VigilDatabase database, TimeProvider time, string secret, CancellationToken ct)
    {
        var hash = ApiKeys.Hash(secret);
        var now = time.GetUtcNow();
        if (Cache.TryGetValue(hash, out var hit) && hit.Until > now)
        {
            return hit.Key;
        }
        var key = await ApiKeys.FindAsync(database, secret, ct);
        if (Cache.Count > 10_000)
        {
            Cache.Clear();
        }
        Cache[hash] = (key, now + CacheFor);
        return key;
    }

    /// <summary>Forgets cached lookups (after a revocation in this process).</summary>
    internal static void Forget() => Cache.Clear();
}
