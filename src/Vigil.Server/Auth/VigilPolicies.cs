using Microsoft.AspNetCore.Authorization;

namespace Vigil.Server.Auth;

/// <summary>Authorization policies by role. Every endpoint names one; see docs/api.md for the table.</summary>
public static class VigilPolicies
{
    /// <summary>Read alerts, subjects, cases, audit: admin, analyst, read-only.</summary>
    public const string Read = "read";

    /// <summary>Work alerts and cases: admin, analyst.</summary>
    public const string Work = "work";

    /// <summary>Send data in: admin, analyst, ingest-only.</summary>
    public const string Ingest = "ingest";

    /// <summary>Keys and configuration: admin.</summary>
    public const string Admin = "admin";

    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(Read, p => p.RequireAuthenticatedUser().RequireRole("admin", "analyst", "read-only"));
        options.AddPolicy(Work, p => p.RequireAuthenticatedUser().RequireRole("admin", "analyst"));
        options.AddPolicy(Ingest, p => p.RequireAuthenticatedUser().RequireRole("admin", "analyst", "ingest-only"));
        options.AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireRole("admin"));
    }
}
