using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using Vigil.Server.Jobs;
using Vigil.Server.Json;
using Vigil.Server.Paging;
using Vigil.Storage;

namespace Vigil.Server.Hosting;

public static class ApiExtensions
{
    /// <summary>JSON, problem details, OpenAPI, options, cursors, metrics, the import job runner.</summary>
    public static IHostApplicationBuilder AddVigilApi(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddVigilIntel();
        services.AddOptions<VigilServerSettings>().BindConfiguration(VigilServerSettings.Section).ValidateDataAnnotations().ValidateOnStart();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, VigilJsonContext.Default));
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddSingleton<VigilMetrics>();
        services.AddSingleton(sp =>
        {
            var configured = sp.GetRequiredService<IOptions<VigilServerSettings>>().Value.CursorSecret;
            var seed = string.IsNullOrEmpty(configured) ? "vigil-cursor|" + sp.GetRequiredService<VigilDatabase>().Options.Describe() : configured;
            return new CursorCodec(SHA256.HashData(Encoding.UTF8.GetBytes(seed)));
        });
        services.AddSingleton<Apis.AlertListReader>();
        services.AddSingleton<EventUploadJob>();
        services.AddSingleton<ImportJobRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<ImportJobRunner>());
        // Graceful shutdown: give in-flight requests and the current import batch time to finish.
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
        services.AddOpenTelemetry().WithMetrics(m => m
            // System.Runtime: the runtime's own GC, heap, thread-pool and CPU instruments (collections per generation,
            // pause time), which is how a load run shows what garbage collection costs the server.
            .AddMeter(VigilMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Runtime")
            .AddPrometheusExporter());
        return builder;
    }

    /// <summary>Error handling that always answers RFC 9457 problem details, including for bodies that fail to
    /// parse (400) and bodies that are too large (413).</summary>
    public static WebApplication UseVigilErrors(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        return app;
    }
}
