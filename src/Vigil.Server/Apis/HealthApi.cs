using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.Server.Contracts;
using Vigil.Storage;

namespace Vigil.Server.Apis;

/// <summary>Liveness (the process answers) and readiness (the database answers).</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/health").WithTags("Health").AllowAnonymous();
        g.MapGet("/live", () => TypedResults.Ok(new HealthResponse("live", null)));
        g.MapGet("/ready", ReadyAsync);
        return app;
    }

    public static async Task<Results<Ok<HealthResponse>, ProblemHttpResult>> ReadyAsync(VigilDatabase database, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        bool ok;
        try
        {
            ok = await db.Database.CanConnectAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            ok = false;
        }
        return ok
            ? TypedResults.Ok(new HealthResponse("ready", database.Options.Provider.ToString()))
            : TypedResults.Problem(title: "Not ready", detail: "The database does not answer.", statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
