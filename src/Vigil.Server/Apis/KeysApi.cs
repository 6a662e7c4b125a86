using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vigil.Server.Auth;
using Vigil.Server.Contracts;
using Vigil.Server.Hosting;
using Vigil.Storage;
using Vigil.Storage.Auth;

namespace Vigil.Server.Apis;

/// <summary>API keys of the caller's organization (admin only). Creating and revoking keys are audited.</summary>
public static class KeysApi
{
    public static IEndpointRouteBuilder MapKeysApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/keys").WithTags("Keys").RequireAuthorization(VigilPolicies.Admin);
        g.MapGet("/", ListAsync);
        g.MapPost("/", CreateAsync);
        g.MapDelete("/{id:guid}", RevokeAsync);
        return app;
    }

    public static async Task<Ok<List<KeyResponse>>> ListAsync(VigilDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.ApiKeys.AsNoTracking().OrderBy(k => k.CreatedAt).ToListAsync(ct)).Select(ToResponse).ToList());

    public static async Task<Results<Created<CreatedKeyResponse>, ValidationProblem>> CreateAsync(
        CreateKeyRequest request, HttpContext http, VigilDbContext db, TimeProvider time)
    {
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 200)
        {
            return Problems.Invalid("name", "required, at most 200 characters");
        }
        if (request.Role is null || !ApiKeys.TryParseRole(request.Role, out var role))
        {
            return Problems.Invalid("role", "role must be admin, analyst, ingest-only or read-only");
        }
        var secret = ApiKeys.Generate();
        var key = new ApiKey
        {
            Id = Guid.NewGuid(), OrgId = http.User.GetOrgId(), Name = request.Name.Trim(), Role = role,
            Prefix = secret[..12], Hash = ApiKeys.Hash(secret), CreatedAt = time.GetUtcNow(),
        };
        db.ApiKeys.Add(key);
        await AuditLog.SaveWithAuditAsync(db, http.User.Actor(), "key.create", "key/" + key.Id,
            ApiMapping.Details(("name", key.Name), ("role", ApiKeys.RoleName(role)), ("prefix", key.Prefix)), time, http.RequestAborted);
        return TypedResults.Created($"/api/keys/{key.Id}", new CreatedKeyResponse(ToResponse(key), secret));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(Guid id, HttpContext http, VigilDbContext db, TimeProvider time)
    {
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, http.RequestAborted);
        if (key is null)
        {
            return Problems.NotFound("key");
        }
        if (key.RevokedAt is null)
        {
            key.RevokedAt = time.GetUtcNow();
            await AuditLog.SaveWithAuditAsync(db, http.User.Actor(), "key.revoke", "key/" + key.Id,
                ApiMapping.Details(("name", key.Name)), time, http.RequestAborted);
            ApiKeyAuthenticationHandler.Forget();
        }
        return TypedResults.NoContent();
    }

    private static KeyResponse ToResponse(ApiKey k) => new(k.Id, k.Name, ApiKeys.RoleName(k.Role), k.Prefix, k.CreatedAt, k.RevokedAt);
}
