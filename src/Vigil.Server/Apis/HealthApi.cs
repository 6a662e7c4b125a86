using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.Server.Application.Sanctions;
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
        VigilDatabase database, IntelHolder intel, CancellationToken ct)
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
        var sanctions = await new SanctionsListStore(database).CurrentVersionAsync(ct);
        var sources = sanctions is null ? null
            : SanctionsListStore.SourcesOf(sanctions.SourcesJson).ToDictionary(s => s.Key, s => s.Value.Entries);
        var lists = new HealthLists(true, snapshot.Sources.Count, snapshot.Sources.Select(s => s.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            sanctions?.Label, sanctions?.EntryCount ?? 0, sources);
        return TypedResults.Ok(new HealthResponse("ready", database.Options.Provider.ToString(), lists));
    }
}
