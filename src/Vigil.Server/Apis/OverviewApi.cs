using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Cases;
using Vigil.Server.Auth;
using Vigil.Server.Contracts;
using Vigil.Storage;

namespace Vigil.Server.Apis;

/// <summary>The dashboard's overview: counts, alerts per day (30 days), top detectors and indicators, recent jobs; the
/// health panels (lists, ingest, sharing) come from <see cref="DashboardStatusApi"/>.</summary>
public static class OverviewApi
{
    public static IEndpointRouteBuilder MapOverviewApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/overview", GetAsync).WithTags("Overview").RequireAuthorization(VigilPolicies.Read);
        app.MapGet("/api/overview/status", DashboardStatusApi.GetAsync).WithTags("Overview").RequireAuthorization(VigilPolicies.Read);
        return app;
    }

    public static async Task<Ok<OverviewResponse>> GetAsync(HttpContext http, VigilDbContext db, TimeProvider time)
    {
        var ct = http.RequestAborted;
        var now = time.GetUtcNow();
        var subjects = await db.Subjects.CountAsync(ct);
        var events = await db.Events.CountAsync(ct);
        var counts = (await AlertsApi.CountsAsync(http, db, time, null, null, null, null, null, null, null)).Result as Ok<AlertCounts>;
        var since = now.AddDays(-30);
        var created = await db.Alerts.AsNoTracking().Where(a => a.CreatedAt >= since).Select(a => a.CreatedAt).Take(200_000).ToListAsync(ct);
        var perDay = Enumerable.Range(0, 30).Select(d => now.AddDays(-29 + d).UtcDateTime.Date)
            .Select(day => new DayCount(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), created.Count(c => c.UtcDateTime.Date == day))).ToList();
        var open = await db.Alerts.AsNoTracking().Where(a => a.Status == AlertStatus.Open || a.Status == AlertStatus.Acknowledged)
            .OrderByDescending(a => a.Score).Select(a => new { a.DetectorIds, a.IndicatorIds }).Take(50_000).ToListAsync(ct);
        var detectors = Top(open.Select(a => a.DetectorIds));
        var indicators = Top(open.Select(a => a.IndicatorIds));
        var openCases = await db.Cases.CountAsync(c => c.Status != CaseStatus.Closed, ct);
        var jobs = await db.ImportJobs.AsNoTracking().OrderByDescending(j => j.CreatedAt).Take(5).ToListAsync(ct);
        return TypedResults.Ok(new OverviewResponse(subjects, events, counts!.Value!, perDay, detectors, indicators, openCases,
            jobs.Select(SubjectsApi.ToResponse).ToList()));
    }

    private static List<NameCount> Top(IEnumerable<string> csvs) => csvs
        .SelectMany(ApiMapping.SplitIds).GroupBy(x => x, StringComparer.Ordinal)
        .Select(g => new NameCount(g.Key, g.Count())).OrderByDescending(x => x.Count).ThenBy(x => x.Name, StringComparer.Ordinal).Take(10).ToList();
}
