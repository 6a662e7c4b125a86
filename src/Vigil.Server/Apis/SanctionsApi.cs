using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.Server.Application.Sanctions;
using Vigil.Server.Auth;
using Vigil.Server.Hosting;
using Vigil.Storage;

namespace Vigil.Server.Apis;

/// <summary>Sanctions lists and false-positive suppressions: <c>GET /api/lists</c> (stored versions),
/// <c>GET /api/suppressions</c> and <c>POST /api/suppressions</c> (organization-scoped, audited).</summary>
public static class SanctionsApi
{
    public static IEndpointRouteBuilder MapSanctionsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/lists", ListsAsync).WithTags("Sanctions").RequireAuthorization(VigilPolicies.Read);
        app.MapGet("/api/suppressions", SuppressionsAsync).WithTags("Sanctions").RequireAuthorization(VigilPolicies.Read);
        app.MapPost("/api/suppressions", SuppressAsync).WithTags("Sanctions").RequireAuthorization(VigilPolicies.Work);
        return app;
    }

    /// <summary>Body of <c>POST /api/suppressions</c>. <c>Subject</c> is the external id or the Vigil id.</summary>
    public sealed record SuppressionRequest(string? Subject, string? Entry, string? Reason);

    /// <summary>One stored list version.</summary>
    public sealed record ListVersionResponse(string Version, DateTimeOffset LoadedAt, bool Current, string ContentHash, int Entries,
        JsonElement Sources, int Added, int Removed, int Changed, int RowErrors);

    public sealed record ListsResponse(bool Stored, ListVersionResponse? Current, IReadOnlyList<ListVersionResponse> Versions);

    public static async Task<Ok<ListsResponse>> ListsAsync(HttpContext http, VigilDatabase database)
    {
        var versions = await new SanctionsListStore(database).VersionsAsync(cancellationToken: http.RequestAborted);
        var views = versions.Select(v => new ListVersionResponse(v.Label, v.LoadedAt, v.IsCurrent, v.ContentHash, v.EntryCount,
            JsonDocument.Parse(v.SourcesJson).RootElement.Clone(), v.Added, v.Removed, v.Changed, v.RowErrors)).ToList();
        var current = views.FirstOrDefault(v => v.Current);
        return TypedResults.Ok(new ListsResponse(current is not null, current, views));
    }

    public static async Task<Ok<IReadOnlyList<SuppressionView>>> SuppressionsAsync(HttpContext http, VigilDatabase database, TimeProvider time) =>
        TypedResults.Ok(await new SuppressionService(database, time).ListAsync(http.User.GetOrgId(), http.RequestAborted));

    public static async Task<Results<Created<SuppressionView>, ProblemHttpResult, ValidationProblem>> SuppressAsync(
        SuppressionRequest request, HttpContext http, VigilDatabase database, TimeProvider time)
    {
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 2000)
        {
            return Problems.Invalid("reason", "A suppression needs a reason (1 to 2000 characters).");
        }
        if (string.IsNullOrWhiteSpace(request.Subject))
        {
            return Problems.Invalid("subject", "Give the subject's external id or Vigil id.");
        }
        if (string.IsNullOrWhiteSpace(request.Entry))
        {
            return Problems.Invalid("entry", "Give the list entry id (e.g. ofac-sdn:12211).");
        }
        try
        {
            var view = await new SuppressionService(database, time).SuppressAsync(http.User.GetOrgId(), request.Subject.Trim(), request.Entry.Trim(),
                request.Reason, http.User.Actor(), http.RequestAborted);
            return TypedResults.Created($"/api/suppressions/{view.Id}", view);
        }
        catch (SanctionsInputException e)
        {
            return e.NotFound
                ? TypedResults.Problem(title: "Not found", detail: e.Message, statusCode: StatusCodes.Status404NotFound)
                : Problems.BadRequest(e.Message);
        }
    }
}
