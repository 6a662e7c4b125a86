using Vigil.Server.Apis;
using Vigil.Server.Auth;
using Vigil.Server.Dashboard;
using Vigil.Server.Hosting;
using Vigil.Server.Taxii;
using Microsoft.Extensions.Configuration.Memory;
using Scalar.AspNetCore;

namespace Vigil.Server;

/// <summary>Builds the HTTP server; used by <c>Program</c>, by <c>vigil serve</c> and by <c>vigil demo</c>.</summary>
/// <remarks>
/// <c>POST /api/screen</c> (one applicant, synchronous; Application/Screening) is mapped by the screening component;
/// <c>POST /api/events</c> (bulk event ingest through Application/Monitoring) by <see cref="EventsApi"/>. Both use the
/// <c>ingest</c> policy and the org-scoped context.
/// </remarks>
public static class VigilServer
{
    /// <summary>ASP.NET Core's two Information lines per request ("Request starting", "Request finished") cost more than
    /// an alert page itself at thousands of pages per second; Vigil's own logs stay at Information. Turn them back on
    /// with <c>Logging__LogLevel__Microsoft.AspNetCore=Information</c>.</summary>
    private static readonly Dictionary<string, string?> DefaultSettings = new(StringComparer.Ordinal)
    {
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
    };

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        // Lowest-precedence defaults (appsettings, VIGIL_/ASPNETCORE_ environment variables and arguments override them).
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = DefaultSettings });
        builder.AddVigilStorage();
        builder.AddVigilAuth();
        builder.AddVigilApi();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseVigilErrors();
        app.UseMiddleware<BodySizeLimitMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<ScreeningLatencyMiddleware>();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/docs", o => o.WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        app.MapPrometheusScrapingEndpoint("/metrics");
        app.MapHealthApi();
        app.MapSessionApi();
        app.MapSubjectsApi();
        app.MapEventsApi();
        app.MapClustersApi();
        app.MapAlertsApi();
        app.MapCasesApi();
        app.MapAuditApi();
        app.MapOverviewApi();
        app.MapKeysApi();
        app.MapSanctionsApi();
        app.MapTaxiiApi();
        app.MapSharingApi();
        app.MapScreenApi();
        app.MapDashboard();
        return app;
    }
}
