using Vigil.Server.Application.Sharing;
using Vigil.Server.Auth;
using Vigil.Storage;

namespace Vigil.Server.Taxii;

/// <summary>
/// The sharing views of the Vigil API (API keys and sessions, not TAXII partners): <c>GET /api/sharing/sightings</c>,
/// partners' sightings of the organization's indicators, counts only.
/// </summary>
public static class SharingApi
{
    public static IEndpointRouteBuilder MapSharingApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/sharing").WithTags("Sharing");
        g.MapGet("/sightings", async (HttpContext http, VigilDatabase database) =>
            TypedResults.Ok(await new SightingService(database).SummaryAsync(http.User.GetOrgId(), http.RequestAborted)))
            .RequireAuthorization(VigilPolicies.Read)
            .WithName("SharingSightings");
        return app;
    }
}
