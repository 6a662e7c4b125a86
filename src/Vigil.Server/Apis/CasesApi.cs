using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Cases;
using Vigil.Server.Auth;
using Vigil.Server.Contracts;
using Vigil.Server.Hosting;
using Vigil.Storage;
using Vigil.Storage.Auth;

namespace Vigil.Server.Apis;

/// <summary>Cases: open from alerts, assign, move through the workflow, notes and evidence, due dates. Updates
/// carry the version read (body <c>version</c> or <c>If-Match</c>); a stale one is refused, never merged.</summary>
public static class CasesApi
{
    public static IEndpointRouteBuilder MapCasesApi(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/cases").WithTags("Cases").RequireAuthorization(VigilPolicies.Read);
        read.MapGet("/", ListAsync);
        read.MapGet("/{id:guid}", GetAsync);
        var work = app.MapGroup("/api/cases").WithTags("Cases").RequireAuthorization(VigilPolicies.Work);
        work.MapPost("/", CreateAsync);
        work.MapPatch("/{id:guid}", UpdateAsync);
        work.MapPost("/{id:guid}/notes", AddNoteAsync);
        return app;
    }

    public static async Task<Results<Ok<CaseList>, ProblemHttpResult>> ListAsync(VigilDbContext db, TimeProvider time, string? status, string? assignee, CancellationToken ct)
    {
        var q = db.Cases.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!ApiMapping.TryParseName<CaseStatus>(status, out var s))
            {
                return Problems.BadRequest("status must be new, triage, investigating or closed.");
            }
            q = q.Where(c => c.Status == s);
        }
        if (!string.IsNullOrWhiteSpace(assignee))
        {
            q = q.Where(c => c.Assignee == assignee);
        }
        var cases = await q.OrderByDescending(c => c.UpdatedAt).Take(500).ToListAsync(ct);
        var ids = cases.Select(c => (Guid?)c.Id).ToList();
        var counts = await db.Alerts.Where(a => ids.Contains(a.CaseId)).GroupBy(a => a.CaseId).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
        var now = time.GetUtcNow();
        return TypedResults.Ok(new CaseList(cases.Select(c => ApiMapping.ToSummary(c, counts.FirstOrDefault(x => x.Key == c.Id)?.N ?? 0, now)).ToList()));
    }

    public static async Task<Results<Ok<CaseResponse>, ProblemHttpResult>> GetAsync(Guid id, HttpContext http, VigilDbContext db, TimeProvider time)
    {
        var response = await LoadAsync(db, id, time.GetUtcNow(), http.RequestAborted);
        if (response is null)
        {
            return Problems.NotFound("case");
        }
        http.Response.Headers.ETag = ETag(response.Case.Version);
        return TypedResults.Ok(response);
    }

    public static async Task<Results<Created<CaseResponse>, ProblemHttpResult, ValidationProblem>> CreateAsync(
        CreateCaseRequest request, HttpContext http, VigilDbContext db, TimeProvider time, VigilMetrics metrics)
    {
        var alertIds = request.AlertIds?.Distinct().ToList() ?? [];
        var title = request.Title?.Trim();
        if (string.IsNullOrEmpty(title) && alertIds.Count == 0)
        {
            return Problems.Invalid("title", "A case needs a title or at least one alert.");
        }
        if (title is { Length: > 500 })
        {
            return Problems.Invalid("title", "At most 500 characters.");
        }
        if (alertIds.Count > 1000 || request.Assignee is { Length: > 200 })
        {
            return Problems.Invalid("alertIds", "At most 1000 alerts and an assignee of at most 200 characters.");
        }
        var alerts = await db.Alerts.Where(a => alertIds.Contains(a.Id)).ToListAsync(http.RequestAborted);
        if (alerts.Count != alertIds.Count)
        {
            return Problems.NotFound("alert");
        }
        var now = time.GetUtcNow();
        if (string.IsNullOrEmpty(title))
        {
            var names = await AlertsApi.SubjectNamesAsync(db, alerts.Select(a => a.SubjectId), http.RequestAborted);
            title = alerts.Count == 1
                ? $"{names.GetValueOrDefault(alerts[0].SubjectId, "subject")}: {alerts[0].TopReason}"
                : $"{alerts.Count} alerts: {alerts.OrderByDescending(a => a.Score).First().TopReason}";
            title = title.Length > 500 ? title[..500] : title;
        }
        var c = new Case
        {
            Id = Guid.NewGuid(),
            OrgId = http.User.GetOrgId(),
            Title = title,
            Assignee = string.IsNullOrWhiteSpace(request.Assignee) ? null : request.Assignee.Trim(),
            DueAt = request.DueAt,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        db.Cases.Add(c);
        var records = new List<AuditRecord> { new("case.open", ApiMapping.CaseTarget(c.Id), ApiMapping.Details(("title", title), ("alerts", string.Join(',', alertIds)))) };
        foreach (var a in alerts)
        {
            a.CaseId = c.Id;
            if (a.Status == AlertStatus.Open)
            {
                a.Status = AlertStatus.Acknowledged;
            }
            a.UpdatedAt = now;
            records.Add(new AuditRecord("alert.case", ApiMapping.AlertTarget(a.Id), ApiMapping.Details(("case", c.Id.ToString()))));
        }
        await AuditLog.SaveWithAuditAsync(db, http.User.Actor(), records, time, http.RequestAborted);
        metrics.AnalystActions.Add(1);
        var response = (await LoadAsync(db, c.Id, now, http.RequestAborted))!;
        http.Response.Headers.ETag = ETag(c.Version);
        return TypedResults.Created($"/api/cases/{c.Id}", response);
    }

    public static async Task<Results<Ok<CaseResponse>, ProblemHttpResult, ValidationProblem>> UpdateAsync(
        Guid id, UpdateCaseRequest request, HttpContext http, VigilDbContext db, TimeProvider time, VigilMetrics metrics)
    {
        var ifMatch = http.Request.Headers.IfMatch.ToString();
        int? headerVersion = null;
        if (ifMatch.Length > 0)
        {
            if (!int.TryParse(ifMatch.Replace("W/", "", StringComparison.Ordinal).Trim('"', ' '), out var v))
            {
                return Problems.BadRequest("If-Match must be the ETag of the case, e.g. \"3\".");
            }
            headerVersion = v;
        }
        var expected = headerVersion ?? request.Version;
        if (expected is null)
        {
            return Problems.Invalid("version", "Send the version you read (body 'version' or If-Match) so that no update is lost.");
        }
        var c = await db.Cases.FirstOrDefaultAsync(x => x.Id == id, http.RequestAborted);
        if (c is null)
        {
            return Problems.NotFound("case");
        }
        if (c.Version != expected)
        {
            var message = $"The case is at version {c.Version}; you sent {expected}. Reload and retry.";
            return headerVersion is not null ? Problems.PreconditionFailed(message) : Problems.Conflict(message);
        }
        var changes = new List<(string, string?)>();
        var now = time.GetUtcNow();
        if (request.Status is not null || request.Disposition is not null)
        {
            var to = c.Status;
            if (request.Status is not null && !ApiMapping.TryParseName(request.Status, out to))
            {
                return Problems.Invalid("status", "status must be new, triage, investigating or closed.");
            }
            var disposition = Disposition.None;
            if (request.Disposition is not null && !ApiMapping.TryParseName(request.Disposition, out disposition))
            {
                return Problems.Invalid("disposition", "disposition must be confirmed, false-positive or benign.");
            }
            var error = CaseWorkflow.Check(c.Status, to, disposition);
            if (error is not null)
            {
                return Problems.Invalid("status", error);
            }
            changes.Add(("from", c.Status.ToString()));
            changes.Add(("status", to.ToString()));
            changes.Add(("disposition", disposition.ToString()));
            CaseWorkflow.Apply(c, to, disposition, now);
            if (to == CaseStatus.Closed)
            {
                await db.Alerts.Where(a => a.CaseId == c.Id && a.Status != AlertStatus.Suppressed)
                    .ForEachAsync(a => { a.Status = AlertStatus.Closed; a.UpdatedAt = now; }, http.RequestAborted);
            }
        }
        if (request.Assignee is not null)
        {
            if (request.Assignee.Length > 200)
            {
                return Problems.Invalid("assignee", "At most 200 characters.");
            }
            c.Assignee = request.Assignee.Trim().Length == 0 ? null : request.Assignee.Trim();
            changes.Add(("assignee", c.Assignee ?? ""));
        }
        if (request.ClearDueAt == true)
        {
            c.DueAt = null;
            changes.Add(("dueAt", ""));
        }
        else if (request.DueAt is { } due)
        {
            c.DueAt = due;
            changes.Add(("dueAt", due.ToString("O")));
        }
        if (changes.Count == 0)
        {
            return Problems.Invalid("body", "Nothing to change: give status, disposition, assignee or dueAt.");
        }
        c.Version = expected.Value + 1;
        c.UpdatedAt = now;
        try
        {
            await AuditLog.SaveWithAuditAsync(db, http.User.Actor(), "case.update", ApiMapping.CaseTarget(c.Id),
                ApiMapping.Details([.. changes]), time, http.RequestAborted);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another writer committed between our read and our write: theirs stands, ours is refused whole.
            return headerVersion is not null
                ? Problems.PreconditionFailed("The case changed while you were saving. Reload and retry.")
                : Problems.Conflict("The case changed while you were saving. Reload and retry.");
        }
        metrics.AnalystActions.Add(1);
        http.Response.Headers.ETag = ETag(c.Version);
        return TypedResults.Ok((await LoadAsync(db, c.Id, now, http.RequestAborted))!);
    }

    public static async Task<Results<Created<NoteResponse>, ProblemHttpResult, ValidationProblem>> AddNoteAsync(
        Guid id, AddNoteRequest request, HttpContext http, VigilDbContext db, TimeProvider time, VigilMetrics metrics)
    {
        if (string.IsNullOrWhiteSpace(request.Text) || request.Text.Length > 10_000)
        {
            return Problems.Invalid("text", "A note needs 1 to 10000 characters.");
        }
        if (request.EvidenceRef is { Length: > 1000 })
        {
            return Problems.Invalid("evidenceRef", "At most 1000 characters.");
        }
        if (!await db.Cases.AnyAsync(c => c.Id == id, http.RequestAborted))
        {
            return Problems.NotFound("case");
        }
        var note = new CaseNote
        {
            OrgId = http.User.GetOrgId(),
            CaseId = id,
            Author = http.User.Actor(),
            Text = request.Text.Trim(),
            EvidenceRef = string.IsNullOrWhiteSpace(request.EvidenceRef) ? null : request.EvidenceRef.Trim(),
            At = time.GetUtcNow(),
        };
        db.CaseNotes.Add(note);
        await AuditLog.SaveWithAuditAsync(db, http.User.Actor(), note.EvidenceRef is null ? "case.note" : "case.evidence",
            ApiMapping.CaseTarget(id), ApiMapping.Details(("evidence", note.EvidenceRef), ("length", note.Text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))), time, http.RequestAborted);
        metrics.AnalystActions.Add(1);
        return TypedResults.Created($"/api/cases/{id}", ApiMapping.ToResponse(note));
    }

    private static string ETag(int version) => $"\"{version}\"";

    private static async Task<CaseResponse?> LoadAsync(VigilDbContext db, Guid id, DateTimeOffset now, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null)
        {
            return null;
        }
        var notes = await db.CaseNotes.AsNoTracking().Where(n => n.CaseId == id).OrderBy(n => n.Id).ToListAsync(ct);
        var alerts = await db.Alerts.AsNoTracking().Where(a => a.CaseId == id).OrderByDescending(a => a.Score).ToListAsync(ct);
        var names = await AlertsApi.SubjectNamesAsync(db, alerts.Select(a => a.SubjectId), ct);
        var target = ApiMapping.CaseTarget(id);
        var alertTargets = alerts.Select(a => ApiMapping.AlertTarget(a.Id)).ToList();
        var audit = await db.AuditEntries.AsNoTracking().Where(e => e.Target == target || alertTargets.Contains(e.Target))
            .OrderBy(e => e.Sequence).Take(500).ToListAsync(ct);
        return new CaseResponse(
            ApiMapping.ToSummary(c, alerts.Count, now),
            notes.Select(ApiMapping.ToResponse).ToList(),
            alerts.Select(a => ApiMapping.ToResponse(a, names.GetValueOrDefault(a.SubjectId, ""), false)).ToList(),
            audit.Select(ApiMapping.ToResponse).ToList(),
            CaseWorkflow.Next(c.Status).Select(s => s.ToString()).ToList());
    }
}
