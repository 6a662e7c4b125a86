using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.Screening.Lists;
using Vigil.Server.Contracts;
using Vigil.Server.Hosting;
using Vigil.Storage;

namespace Vigil.Server.Apis;

/// <summary>Liveness (the process answers) and readiness (the database answers and the reference data is loaded).</summary>
public static class HealthApi
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(5);

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/health").WithTags("Health").AllowAnonymous();
        g.MapGet("/live", () => TypedResults.Ok(new HealthResponse("live", null)));
        g.MapGet("/ready", ReadyAsync);
        return app;
    }

    public static async Task<Results<Ok<HealthResponse>, ProblemHttpResult>> ReadyAsync(
        VigilDatabase database, IntelHolder intel, IConfiguration configuration, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(ReadyTimeout);
        bool ok;
        try
        {
            ok = await db.Database.CanConnectAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            ok = false;
        }
        if (!ok)
        {
            return TypedResults.Problem(title: "Not ready", detail: "The database does not answer.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        try
        {
            // Loading starts with the host; the first probes after start wait for it (bounded).
            await intel.Loading.WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            return TypedResults.Problem(title: "Not ready", detail: "The reference data (IP intelligence, catalogs) is still loading.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        var snapshot = intel.Snapshot;
        var manifest = new ListStore(SanctionsRoot(configuration)).CurrentManifest();
        var lists = new HealthLists(true, snapshot.Sources.Count, snapshot.Sources.Select(s => s.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            manifest?.Version, manifest?.EntryHashes.Count ?? 0, manifest?.Sources);
        return TypedResults.Ok(new HealthResponse("ready", database.Options.Provider.ToString(), lists));
    }

    /// <summary>Where <c>vigil lists load</c> stores sanctions lists: <c>Vigil:Lists:Dir</c>, <c>$VIGIL_LISTS_DIR</c>,
    /// else <c>$VIGIL_HOME/lists</c> (the same default as the CLI).</summary>
    public static string SanctionsRoot(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration["Vigil:Lists:Dir"] is { Length: > 0 } configured)
        {
            return configured;
        }
        if (Environment.GetEnvironmentVariable("VIGIL_LISTS_DIR") is { Length: > 0 } dir)
        {
            return dir;
        }
        var home = Environment.GetEnvironmentVariable("VIGIL_HOME") is { Length: > 0 } h ? h : Path.GetFullPath(".vigil");
        return Path.Combine(home, "lists");
    }
}
