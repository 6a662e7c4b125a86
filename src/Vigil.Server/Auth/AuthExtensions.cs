using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;

namespace Vigil.Server.Auth;

public static class AuthExtensions
{
    private const string PolicySchemeName = "Vigil";

    /// <summary>API keys for programs, the same keys exchanged for a cookie session for the dashboard.</summary>
    public static IHostApplicationBuilder AddVigilAuth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(PolicySchemeName)
            .AddPolicyScheme(PolicySchemeName, "API key or dashboard session", o =>
                o.ForwardDefaultSelector = ctx => ApiKeyAuthenticationHandler.ReadKey(ctx.Request) is not null
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, o =>
            {
                o.Cookie.Name = "vigil_session";
                o.Cookie.HttpOnly = true;
                // Strict: the session never rides on a request started by another site, which is what makes
                // cookie-authenticated JSON POSTs safe from cross-site request forgery.
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.LoginPath = "/login";
                o.Events.OnRedirectToLogin = ctx => ApiOr(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => ApiOr(ctx, StatusCodes.Status403Forbidden);
                o.Events.OnValidatePrincipal = SessionApi.ValidateSessionAsync;
            });
        builder.Services.AddAuthorization(VigilPolicies.Add);
        // One application name whatever the content root (vigil serve, tests, Program), so every process on this
        // machine shares the data-protection key ring and accepts each other's session cookies.
        builder.Services.AddDataProtection().SetApplicationName("vigil");
        return builder;
    }

    private static Task ApiOr(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api") || ctx.Request.Path.StartsWithSegments("/auth"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
