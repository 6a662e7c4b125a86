using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Cases;
using Vigil.Core.Model;
using Vigil.Core.Scoring;
using Vigil.Server.Auth;
using Vigil.Server.Contracts;
using Vigil.Server.Hosting;
using Vigil.Server.Json;
using Vigil.Server.Paging;
using Vigil.Storage;
using Vigil.Storage.Auth;

namespace Vigil.Server.Apis;

/// <summary>The alert queue: filters, sorting, keyset paging, counts, suppression and bulk actions.</summary>
public static class AlertsApi
{
    public const int MaxPageSize = 500;

    public static IEndpointRouteBuilder MapAlertsApi(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/alerts").WithTags("Alerts").RequireAuthorization(VigilPolicies.Read);
        read.MapGet("/", ListAsync).WithName("ListAlerts");
        read.MapGet("/counts", CountsAsync);
        read.MapGet("/{id:guid}", GetAsync);
        var work = app.MapGroup("/api/alerts").WithTags("Alerts").RequireAuthorization(VigilPolicies.Work);
        work.MapPost("/{id:guid}/suppress", SuppressAsync);
        work.MapPost("/bulk", BulkAsync);
        return app;
    }

    /// <summary>Query parameters of the queue. <c>level</c>, <c>status</c> accept comma-separated names.</summary>
    public sealed record AlertQuery(string? Level, string? Status, string? Detector, string? Indicator, double? MaxAgeHours,
        double? MinAgeHours, string? Assignee, string? Sort, string? Dir);

    /// <summary>One page of the queue. It reads through <see cref="AlertListReader"/> (no EF context is created for it)
    /// and writes the page with the generated serializer: see docs/benchmarks.md, "Alert paging".</summary>
    internal static async Task<Results<Utf8JsonResult<AlertPage>, ProblemHttpResult>> ListAsync(
        HttpContext http, AlertListReader reader, CursorCodec cursors, TimeProvider time,
        string? level, string? status, string? detector, string? indicator, double? maxAgeHours, double? minAgeHours,
        string? assignee, string? sort, string? dir, int? limit, string? cursor)
    {
        var query = new AlertQuery(level, status, detector, indicator, maxAgeHours, minAgeHours, assignee, sort?.ToLowerInvariant() ?? "score", dir?.ToLowerInvariant() ?? "desc");
        if (query.Sort is not ("score" or "created" or "updated"))
        {
            return Problems.BadRequest("sort must be score, created or updated.");
        }
        if (query.Dir is not ("asc" or "desc"))
        {
            return Problems.BadRequest("dir must be asc or desc.");
        }
        var size = limit ?? 50;
        if (size is < 1 or > MaxPageSize)
        {
            return Problems.BadRequest($"limit must be between 1 and {MaxPageSize}.");
        }
        var orgId = http.User.GetOrgId();
        var fingerprint = Fingerprint(query);
        PageCursor? position = null;
        if (!string.IsNullOrEmpty(cursor))
        {
            if (!cursors.TryDecode(cursor, orgId, fingerprint, out var decoded))
            {
                return Problems.BadRequest("The cursor is invalid, or belongs to another query.");
            }
            position = decoded;
        }
        var anchor = position is null ? time.GetUtcNow() : new DateTimeOffset(position.Anchor, TimeSpan.Zero);
        var filter = ParseFilter(query, anchor, includeLevel: true, includeStatus: true, out var error);
        if (filter is null)
        {
            return Problems.BadRequest(error!);
        }
        var page = await reader.ReadPageAsync(orgId, filter, query.Sort, query.Dir == "desc", position, size + 1, http.RequestAborted);
        string? next = null;
        if (page.Count > size)
        {
            page.RemoveAt(size);
            var last = page[^1];
            next = cursors.Encode(orgId, fingerprint, new PageCursor(SortKey(last, query.Sort), last.Id, anchor.UtcTicks));
        }
        var items = new List<AlertResponse>(page.Count);
        foreach (var row in page)
        {
            items.Add(ToResponse(row));
        }
        return new Utf8JsonResult<AlertPage>(new AlertPage(items, next), AlertPageJsonContext.Default.AlertPage);
    }

    public static async Task<Results<Ok<AlertCounts>, ProblemHttpResult>> CountsAsync(
        HttpContext http, VigilDbContext db, TimeProvider time, string? level, string? status, string? detector, string? indicator,
        double? maxAgeHours, double? minAgeHours, string? assignee)
    {
        var query = new AlertQuery(level, status, detector, indicator, maxAgeHours, minAgeHours, assignee, "score", "desc");
        var now = time.GetUtcNow();
        var byLevelQuery = Filter(db.Alerts.AsNoTracking(), query, now, includeLevel: false, includeStatus: true, out var error);
        var byStatusQuery = Filter(db.Alerts.AsNoTracking(), query, now, includeLevel: true, includeStatus: false, out _);
        if (error is not null)
        {
            return Problems.BadRequest(error);
        }
        var byLevel = await byLevelQuery!.GroupBy(a => a.Level).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(http.RequestAborted);
        var byStatus = await byStatusQuery!.GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(http.RequestAborted);
        var levels = Enum.GetValues<RiskLevel>().ToDictionary(l => l.ToString(), l => byLevel.Where(x => x.Key == l).Sum(x => x.Count));
        var statuses = Enum.GetValues<AlertStatus>().ToDictionary(s => s.ToString(), s => byStatus.Where(x => x.Key == s).Sum(x => x.Count));
        var levelFilter = ParseList<RiskLevel>(level, out _);
        var total = levelFilter is null ? levels.Values.Sum() : levelFilter.Sum(l => levels[l.ToString()]);
        return TypedResults.Ok(new AlertCounts(total, levels, statuses));
    }

    public static async Task<Results<Ok<AlertResponse>, ProblemHttpResult>> GetAsync(Guid id, VigilDbContext db, CancellationToken ct)
    {
        var alert = await db.Alerts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (alert is null)
        {
            return Problems.NotFound("alert");
        }
        var name = await db.Subjects.Where(s => s.Id == alert.SubjectId).Select(s => s.FullName).FirstOrDefaultAsync(ct) ?? "";
        return TypedResults.Ok(ApiMapping.ToResponse(alert, name, true));
    }

    public static async Task<Results<Ok<AlertResponse>, ProblemHttpResult, ValidationProblem>> SuppressAsync(
        Guid id, SuppressRequest request, HttpContext http, VigilDbContext db, TimeProvider time, VigilMetrics metrics)
    {
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 2000)
        {
            return Problems.Invalid("reason", "A suppression needs a reason (1 to 2000 characters).");
        }
        var alert = await db.Alerts.FirstOrDefaultAsync(a => a.Id == id, http.RequestAborted);
        if (alert is null)
        {
            return Problems.NotFound("alert");
        }
        alert.Status = AlertStatus.Suppressed;
        alert.UpdatedAt = time.GetUtcNow();
        await AuditLog.SaveWithAuditAsync(db, http.User.Actor(), "alert.suppress", ApiMapping.AlertTarget(id),
            ApiMapping.Details(("reason", request.Reason.Trim())), time, http.RequestAborted);
        metrics.AnalystActions.Add(1);
        var name = await db.Subjects.Where(s => s.Id == alert.SubjectId).Select(s => s.FullName).FirstOrDefaultAsync(http.RequestAborted) ?? "";
        return TypedResults.Ok(ApiMapping.ToResponse(alert, name, true));
    }

    public static async Task<Results<Ok<BulkAlertResponse>, ValidationProblem>> BulkAsync(
        BulkAlertRequest request, HttpContext http, VigilDbContext db, TimeProvider time, VigilMetrics metrics)
    {
        var ids = request.Ids?.Distinct().ToList() ?? [];
        if (ids.Count is 0 or > 1000)
        {
            return Problems.Invalid("ids", "Give 1 to 1000 alert ids.");
        }
        var action = request.Action?.Trim().ToLowerInvariant();
        string? detail = null;
        switch (action)
        {
            case "assign":
                if (request.Assignee is { Length: > 200 })
                {
                    return Problems.Invalid("assignee", "At most 200 characters.");
                }
                detail = string.IsNullOrWhiteSpace(request.Assignee) ? null : request.Assignee.Trim();
                break;
            case "suppress":
                if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 2000)
                {
                    return Problems.Invalid("reason", "A suppression needs a reason (1 to 2000 characters).");
                }
                detail = request.Reason.Trim();
                break;
            case "acknowledge" or "reopen":
                break;
            default:
                return Problems.Invalid("action", "action must be assign, suppress, acknowledge or reopen.");
        }
        var alerts = await db.Alerts.Where(a => ids.Contains(a.Id)).ToListAsync(http.RequestAborted);
        var now = time.GetUtcNow();
        var records = new List<AuditRecord>(alerts.Count);
        foreach (var a in alerts)
        {
            switch (action)
            {
                case "assign": a.Assignee = detail; break;
                case "suppress": a.Status = AlertStatus.Suppressed; break;
                case "acknowledge": a.Status = AlertStatus.Acknowledged; break;
                case "reopen": a.Status = AlertStatus.Open; break;
            }
            a.UpdatedAt = now;
            records.Add(new AuditRecord("alert." + action, ApiMapping.AlertTarget(a.Id),
                action == "assign" ? ApiMapping.Details(("assignee", detail ?? "")) : action == "suppress" ? ApiMapping.Details(("reason", detail)) : null));
        }
        if (records.Count > 0)
        {
            await AuditLog.SaveWithAuditAsync(db, http.User.Actor(), records, time, http.RequestAborted);
            metrics.AnalystActions.Add(records.Count);
        }
        var found = alerts.Select(a => a.Id).ToHashSet();
        return TypedResults.Ok(new BulkAlertResponse(alerts.Count, ids.Where(i => !found.Contains(i)).ToList()));
    }

    internal static async Task<Dictionary<Guid, string>> SubjectNamesAsync(VigilDbContext db, IEnumerable<Guid> ids, CancellationToken ct)
    {
        // One parameter per id ("Id IN (@p0, @p1, ...)") so each is a primary-key seek; a single JSON-array parameter
        // made SQLite walk the whole organization's subjects. Chunks keep the parameter count small.
        var names = new Dictionary<Guid, string>();
        foreach (var chunk in ids.Distinct().Chunk(500))
        {
            var rows = await db.Subjects.AsNoTracking().Where(s => EF.MultipleParameters(chunk).Contains(s.Id))
                .Select(s => new { s.Id, s.FullName }).ToListAsync(ct);
            foreach (var r in rows)
            {
                names[r.Id] = r.FullName;
            }
        }
        return names;
    }

    private static string Fingerprint(AlertQuery q) => string.Join('|',
        q.Level?.ToLowerInvariant(), q.Status?.ToLowerInvariant(), q.Detector, q.Indicator?.ToUpperInvariant(),
        q.MaxAgeHours?.ToString(CultureInfo.InvariantCulture), q.MinAgeHours?.ToString(CultureInfo.InvariantCulture), q.Assignee, q.Sort, q.Dir);

    private static long SortKey(AlertListRow a, string sort) => sort switch
    {
        "score" => BitConverter.DoubleToInt64Bits(a.Score),
        "created" => a.CreatedAt.UtcTicks,
        _ => a.UpdatedAt.UtcTicks,
    };

    private static List<T>? ParseList<T>(string? csv, out string? error) where T : struct, Enum
    {
        error = null;
        if (string.IsNullOrWhiteSpace(csv))
        {
            return null;
        }
        var list = new List<T>();
        foreach (var part in csv.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!ApiMapping.TryParseName<T>(part, out var v))
            {
                error = $"Unknown {typeof(T).Name} '{part}'. Use {string.Join(", ", Enum.GetNames<T>())}.";
                return null;
            }
            list.Add(v);
        }
        return list;
    }

    /// <summary>Validates the query's filter; ages are measured back from <paramref name="anchor"/>.</summary>
    internal static AlertListFilter? ParseFilter(AlertQuery query, DateTimeOffset anchor, bool includeLevel, bool includeStatus, out string? error)
    {
        var levels = ParseList<RiskLevel>(query.Level, out error);
        if (error is not null)
        {
            return null;
        }
        var statuses = ParseList<AlertStatus>(query.Status, out error);
        if (error is not null)
        {
            return null;
        }
        if (query.MaxAgeHours is < 0 or > 100_000 || query.MinAgeHours is < 0 or > 100_000)
        {
            error = "Ages are hours between 0 and 100000.";
            return null;
        }
        return new AlertListFilter(
            includeLevel ? levels : null,
            includeStatus ? statuses : null,
            string.IsNullOrWhiteSpace(query.Detector) ? null : query.Detector.Trim(),
            string.IsNullOrWhiteSpace(query.Indicator) ? null : query.Indicator.Trim().ToUpperInvariant(),
            query.MaxAgeHours is { } maxAge ? anchor.AddHours(-maxAge) : null,
            query.MinAgeHours is { } minAge ? anchor.AddHours(-minAge) : null,
            string.IsNullOrWhiteSpace(query.Assignee) ? null : query.Assignee.Trim());
    }

    internal static IQueryable<Alert>? Filter(IQueryable<Alert> q, AlertQuery query, DateTimeOffset anchor, bool includeLevel, bool includeStatus, out string? error)
    {
        var filter = ParseFilter(query, anchor, includeLevel, includeStatus, out error);
        if (filter is null)
        {
            return null;
        }
        if (filter.Levels is { } levels)
        {
            q = q.Where(a => levels.Contains(a.Level));
        }
        if (filter.Statuses is { } statuses)
        {
            q = q.Where(a => statuses.Contains(a.Status));
        }
        if (filter.Detector is { } detector)
        {
            var d = "," + detector + ",";
            q = q.Where(a => ("," + a.DetectorIds + ",").Contains(d));
        }
        if (filter.Indicator is { } indicator)
        {
            var i = "," + indicator + ",";
            q = q.Where(a => ("," + a.IndicatorIds + ",").Contains(i));
        }
        if (filter.CreatedSince is { } since)
        {
            q = q.Where(a => a.CreatedAt >= since);
        }
        if (filter.CreatedBefore is { } before)
        {
            q = q.Where(a => a.CreatedAt <= before);
        }
        if (filter.Assignee is { } who)
        {
            q = who == "-" ? q.Where(a => a.Assignee == null) : q.Where(a => a.Assignee == who);
        }
        return q;
    }

    private static AlertResponse ToResponse(AlertListRow a) => new(
        a.Id, a.SubjectId, a.SubjectName ?? "", Math.Round(a.Score, 2), a.Level.ToString(), a.Status.ToString(), a.TopReason,
        ApiMapping.SplitIds(a.IndicatorIds), ApiMapping.SplitIds(a.DetectorIds), a.Assignee, a.CaseId, a.ClusterId, a.CreatedAt,
        a.UpdatedAt, null);
}
