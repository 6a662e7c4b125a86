using System.Security.Claims;
using Vigil.Storage.Auth;

namespace Vigil.Server.Auth;

/// <summary>The claims Vigil puts on an authenticated principal (API key or dashboard session).</summary>
public static class VigilClaims
{
    public const string OrgId = "vigil:org";
    public const string KeyId = "vigil:key";

    public static ClaimsPrincipal For(ApiKey key, string scheme)
    {
        ArgumentNullException.ThrowIfNull(key);
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, key.Name),
            new Claim(ClaimTypes.Role, ApiKeys.RoleName(key.Role)),
            new Claim(OrgId, key.OrgId.ToString()),
            new Claim(KeyId, key.Id.ToString()),
        ], scheme);
        return new ClaimsPrincipal(identity);
    }

    public static Guid? FindOrgId(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && Guid.TryParse(user.FindFirstValue(OrgId), out var id) ? id : null;

    /// <summary>The organization of an authenticated request; endpoints behind authorization always have one.</summary>
    public static Guid GetOrgId(this ClaimsPrincipal user) =>
        user.FindOrgId() ?? throw new InvalidOperationException("The request is not authenticated.");

    /// <summary>The audit actor: key name and prefix-free key id.</summary>
    public static string Actor(this ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";

    public static Guid? FindKeyId(this ClaimsPrincipal user) => Guid.TryParse(user.FindFirstValue(KeyId), out var id) ? id : null;
}
