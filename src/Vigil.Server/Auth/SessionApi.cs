using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.Server.Contracts;
using Vigil.Server.Hosting;
using Vigil.Storage;
using Vigil.Storage.Auth;

namespace Vigil.Server.Auth;

/// <summary>Dashboard sessions: an API key is exchanged for a cookie; <c>/api/me</c> says who the caller is.</summary>
public static class SessionApi
{
    public static IEndpointRouteBuilder MapSessionApi(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/auth").WithTags("Session");
        auth.MapPost("/login", LoginAsync).AllowAnonymous();
        auth.MapPost("/logout", (Delegate)LogoutAsync).AllowAnonymous();
        app.MapGet("/api/me", Me).RequireAuthorization().WithTags("Session");
        return app;
    }

    public static async Task<Results<Ok<MeResponse>, ProblemHttpResult>> LoginAsync(
        LoginRequest request, HttpContext http, VigilDatabase database, TimeProvider time)
    {
        var key = string.IsNullOrWhiteSpace(request.Key) ? null
            : await ApiKeyAuthenticationHandler.FindAsync(database, time, request.Key.Trim(), http.RequestAborted);
        if (key is null)
        {
            return Problems.Unauthorized("That API key is unknown or revoked.");
        }
        var principal = VigilClaims.For(key, CookieAuthenticationDefaults.AuthenticationScheme);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        await using var db = database.CreateContext(key.OrgId);
        var org = await db.Organizations.FindAsync([key.OrgId], http.RequestAborted);
        return TypedResults.Ok(new MeResponse(key.Name, ApiKeys.RoleName(key.Role), key.OrgId, org?.Name ?? ""));
    }

    public static async Task<NoContent> LogoutAsync(HttpContext http)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<MeResponse>> Me(HttpContext http, VigilDbContext db)
    {
        var orgId = http.User.GetOrgId();
        var org = await db.Organizations.FindAsync([orgId], http.RequestAborted);
        var role = http.User.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value ?? "";
        return TypedResults.Ok(new MeResponse(http.User.Actor(), role, orgId, org?.Name ?? ""));
    }

    /// <summary>A session dies with its key: revoking the key ends the dashboard session at the next request.</summary>
    public static async Task ValidateSessionAsync(CookieValidatePrincipalContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var keyId = ctx.Principal?.FindKeyId();
        if (keyId is null)
        {
            ctx.RejectPrincipal();
            return;
        }
        var database = ctx.HttpContext.RequestServices.GetRequiredService<VigilDatabase>();
        await using var db = database.CreateContext();
        var live = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(
            db.ApiKeys, k => k.Id == keyId && k.RevokedAt == null, ctx.HttpContext.RequestAborted);
        if (!live)
        {
            ctx.RejectPrincipal();
            await ctx.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
