using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vigil.Server.Auth;
using Vigil.Server.Contracts;
using Vigil.Server.Hosting;
using Vigil.Server.Paging;
using Vigil.Storage;
using Vigil.Storage.Auth;

namespace Vigil.Server.Apis;

/// <summary>The organization's audit log, newest first, and its verification.</summary>
public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/audit").WithTags("Audit");
        g.MapGet("/", ListAsync).RequireAuthorization(VigilPolicies.Read);
        g.MapGet("/verify", VerifyAsync).RequireAuthorization(VigilPolicies.Admin);
        return app;
    }

    public static async Task<Results<Ok<AuditPage>, ProblemHttpResult>> ListAsync(
        HttpContext http, VigilDbContext db, CursorCodec cursors, string? target, string? action, int? limit, string? cursor)
    {
        var size = limit ?? 100;
        if (size is < 1 or > 1000)
        {
            return Problems.BadRequest("limit must be between 1 and 1000.");
        }
        var orgId = http.User.GetOrgId();
        var fingerprint = "audit|" + target + "|" + action;
        var q = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(target))
        {
            q = q.Where(e => e.Target == target);
        }
        if (!string.IsNullOrWhiteSpace(action))
        {
            q = q.Where(e => e.Action == action);
        }
        if (!string.IsNullOrEmpty(cursor))
        {
            if (!cursors.TryDecode(cursor, orgId, fingerprint, out var at))
            {
                return Problems.BadRequest("The cursor is invalid, or belongs to another query.");
            }
            q = q.Where(e => e.Sequence < at.SortKey);
        }
        var page = await q.OrderByDescending(e => e.Sequence).Take(size + 1).ToListAsync(http.RequestAborted);
        string? next = null;
        if (page.Count > size)
        {
            page.RemoveAt(size);
            next = cursors.Encode(orgId, fingerprint, new PageCursor(page[^1].Sequence, Guid.Empty, 0));
        }
        return TypedResults.Ok(new AuditPage(page.Select(ApiMapping.ToResponse).ToList(), next));
    }

    /// <summary>Verifies the chain and its stored head; <c>expectHead=SEQ:HASH</c> (from an earlier answer, kept
    /// elsewhere) also checks that entry is still there unchanged.</summary>
    public static async Task<Results<Ok<AuditVerifyResponse>, ValidationProblem>> VerifyAsync(HttpContext http, VigilDatabase database, string? expectHead)
    {
        AuditAnchor? anchor = null;
        if (expectHead is not null && !AuditAnchor.TryParse(expectHead, out anchor))
        {
            return Problems.Invalid("expectHead", "must be SEQUENCE:HASH (64 hex digits) as this endpoint returns it in head");
        }
        var status = await AuditLog.VerifyWithHeadAsync(database, http.User.GetOrgId(), anchor, http.RequestAborted);
        var r = status.Verification;
        return TypedResults.Ok(new AuditVerifyResponse(r.IsIntact, r.Entries, r.BrokenAt, r.Problem, status.Head.ToString()));
    }
}
