using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Detection;
using Vigil.Core.Reference;
using Vigil.Ingest.Applicants;
using Vigil.Server.Application.Sanctions;
using Vigil.Server.Application.Screening;
using Vigil.Server.Auth;
using Vigil.Server.Hosting;
using Vigil.Server.Json;
using Vigil.Storage;

namespace Vigil.Server.Apis;

/// <summary>
/// <c>POST /api/screen</c>: store and screen one applicant synchronously against the organization's stored
/// population (<see cref="SingleApplicantScreeningService"/>). The body is one applicant object in the JSON Lines
/// import shape (docs/formats.md); the answer is the score, level, cluster id, every finding with its indicator id,
/// evidence and contribution, and a readable explanation. Invalid bodies get an RFC 9457 validation problem naming
/// each field.
/// </summary>
/// <remarks>The photo path of a record is never read from the server's disk (the request does not own it), so
/// photos are compared only for applicants imported or screened through the CLI.</remarks>
public static class ScreenApi
{
    /// <summary>Largest accepted body: one applicant with a long résumé and cover letter.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    // One service per database and organization: each holds that organization's warm LSH and photo index.
    private static readonly ConditionalWeakTable<VigilDatabase, ConcurrentDictionary<Guid, Lazy<Task<SingleApplicantScreeningService>>>> Services = [];

    /// <summary>Configuration key (environment <c>Vigil__Screening__MaxConcurrent</c>): how many screenings run at
    /// once in this process; later requests wait their turn, first come first served. Default 4 per core.</summary>
    /// <remarks>On a burst (a pause of the whole process, a client's retry wave) an unbounded server starts every
    /// waiting request at once: each then takes its own database connection and heap, all share the cores, and every
    /// one of them is late. Queued instead, the first ones finish at full speed and the burst drains in order; a few
    /// screenings per core keep the cores and PostgreSQL busy while others wait on the database.</remarks>
    public const string MaxConcurrentKey = "Vigil:Screening:MaxConcurrent";

    private static readonly ConditionalWeakTable<VigilDatabase, SemaphoreSlim> Gates = [];

    /// <summary>Configuration key (environment <c>Vigil__Screening__WarmAtStartup=true</c>): load every organization's
    /// warm résumé/photo index when the server starts instead of on its first <c>/api/screen</c> call. At a million
    /// stored subjects the load takes minutes, which the first caller would otherwise wait through.</summary>
    public const string WarmAtStartupKey = "Vigil:Screening:WarmAtStartup";

    public static IEndpointRouteBuilder MapScreenApi(this IEndpointRouteBuilder app)
    {
        var services = app.ServiceProvider;
        if (services.GetRequiredService<IConfiguration>().GetValue<bool>(WarmAtStartupKey))
        {
            services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(() => _ = WarmAllAsync(services));
        }
        app.MapPost("/api/screen", ScreenAsync)
            .WithTags("Screening")
            .RequireAuthorization(VigilPolicies.Ingest)
            .WithMetadata(new BodySizeLimit(MaxBodyBytes));
        return app;
    }

    public static async Task<Results<JsonHttpResult<ApplicantScreening>, ValidationProblem>> ScreenAsync(HttpContext http, VigilDatabase database)
    {
        var ct = http.RequestAborted;
        var orgId = http.User.GetOrgId();
        string body;
        using (var reader = new StreamReader(http.Request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
        {
            body = await reader.ReadToEndAsync(ct);
        }
        if (string.IsNullOrWhiteSpace(body))
        {
            return Problems.Invalid("body", "expected one applicant JSON object (docs/formats.md)");
        }
        // The import reader validates exactly as a JSON Lines row; a pretty-printed object is one logical line.
        var parsed = ApplicantJsonLinesReader.ParseLine(body.ReplaceLineEndings(" "), "request body", 1);
        if (!parsed.IsSuccess)
        {
            return TypedResults.ValidationProblem(parsed.Errors
                .GroupBy(e => e.Field ?? "body")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
        }
        var service = await ServiceFor(database, orgId, http.RequestServices);
        var gate = Gates.GetValue(database, _ => NewGate(http.RequestServices.GetRequiredService<IConfiguration>()));
        ApplicantScreening screening;
        await gate.WaitAsync(ct);
        try
        {
            screening = await service.ScreenOneAsync(orgId, parsed.Value, photoBaseDirectory: null, ct);
        }
        finally
        {
            gate.Release();
        }
        // Same JSON as a line of `vigil screen --json` (levels and kinds as lower-case strings), source-generated.
        return TypedResults.Json(screening, ScreeningJsonContext.Default.ApplicantScreening);
    }

    private static SemaphoreSlim NewGate(IConfiguration configuration)
    {
        var limit = configuration.GetValue<int?>(MaxConcurrentKey) is { } n and > 0 ? n : 4 * Environment.ProcessorCount;
        return new SemaphoreSlim(limit, limit);
    }

    private static async Task WarmAllAsync(IServiceProvider services)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ScreenApi));
        var stopping = services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        try
        {
            var database = services.GetRequiredService<VigilDatabase>();
            List<Guid> orgs;
            await using (var db = database.CreateContext())
            {
                orgs = await db.Organizations.AsNoTracking().Select(o => o.Id).ToListAsync(stopping);
            }
            foreach (var orgId in orgs)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var service = await ServiceFor(database, orgId, services);
                var index = await service.WarmUpAsync(orgId, stopping);
                logger.LogInformation("Screening index warm for organization {OrgId}: {Documents} documents, {Photos} photos in {Seconds:0.0} s",
                    orgId, index.Count.Documents, index.Count.Photos, clock.Elapsed.TotalSeconds);
            }
            logger.LogInformation("Screening indexes warm for {Organizations} organizations", orgs.Count);
        }
        catch (OperationCanceledException)
        {
            // Shutting down before the indexes were warm: the first call of each organization loads its own.
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException)
        {
            logger.LogWarning(e, "Warming the screening indexes at startup failed; each organization's first /api/screen call loads its own");
        }
    }

    private static Task<SingleApplicantScreeningService> ServiceFor(VigilDatabase database, Guid orgId, IServiceProvider services)
    {
        var perOrg = Services.GetValue(database, _ => new ConcurrentDictionary<Guid, Lazy<Task<SingleApplicantScreeningService>>>());
        return perOrg.GetOrAdd(orgId, _ => new Lazy<Task<SingleApplicantScreeningService>>(async () =>
        {
            // Reference data comes from the host when it registered any (vigil serve loads the intel snapshot);
            // community indicators are the organization's own loaded lists; sanctions are the stored list version
            // with the organization's suppressions (read once per process and organization).
            var community = await CommunityIndicatorLoader.ReadTableAsync(database, orgId, CancellationToken.None);
            var sanctions = services.GetService<ISanctionsScreen>()
                ?? await SanctionsScreens.ForOrganizationAsync(database, orgId, CancellationToken.None);
            var references = new ScreeningReferences(
                services.GetService<IIpIntelligence>(),
                services.GetService<IDisposableEmailDomains>(),
                sanctions,
                community);
            return new SingleApplicantScreeningService(database, references, time: services.GetService<TimeProvider>());
        })).Value;
    }
}
