using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Identifiers;
using Vigil.Core.Model;
using Vigil.Core.Reference;
using Vigil.Server.Auth;
using Vigil.Server.Contracts;
using Vigil.Server.Hosting;
using Vigil.Server.Jobs;
using Vigil.Server.Json;
using Vigil.Server.Paging;
using Vigil.Storage;
using Vigil.Storage.Jobs;

namespace Vigil.Server.Apis;

/// <summary>Subjects: create, read (claimed vs observed), search by identifier, events, bulk import jobs.</summary>
/// <remarks>Search is a POST so that identifiers (personal data) never appear in URLs or access logs.</remarks>
public static class SubjectsApi
{
    private const int MaxEventsProfiled = 5000;

    public static IEndpointRouteBuilder MapSubjectsApi(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/subjects").WithTags("Subjects").RequireAuthorization(VigilPolicies.Read);
        read.MapGet("/{id:guid}", GetAsync);
        read.MapGet("/{id:guid}/events", EventsAsync);
        read.MapPost("/search", SearchAsync);
        var ingest = app.MapGroup("/api/subjects").WithTags("Subjects").RequireAuthorization(VigilPolicies.Ingest);
        ingest.MapPost("/", CreateAsync);
        ingest.MapPost("/import", ImportAsync).WithMetadata(new BodySizeLimit(ImportFormats.MaxBodyBytes));
        app.MapGet("/api/jobs/{id:guid}", JobAsync).WithTags("Subjects").RequireAuthorization(VigilPolicies.Ingest);
        return app;
    }

    public static async Task<Results<Created<SubjectSummary>, ValidationProblem>> CreateAsync(
        CreateSubjectRequest request, HttpContext http, VigilDatabase database, VigilDbContext db, TimeProvider time, VigilMetrics metrics)
    {
        var errors = new List<RowError>();
        var orgId = http.User.GetOrgId();
        var subject = SubjectMapper.TryMap(orgId, request, 0, errors, time.GetUtcNow());
        if (subject is null)
        {
            return TypedResults.ValidationProblem(errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
        }
        await new SubjectStore(database, time).UpsertAsync(orgId, [subject], cancellationToken: http.RequestAborted);
        metrics.SubjectsIngested.Add(1);
        var stored = await db.Subjects.AsNoTracking().FirstAsync(s => s.ExternalId == subject.ExternalId, http.RequestAborted);
        return TypedResults.Created($"/api/subjects/{stored.Id}", ApiMapping.ToSummary(stored));
    }

    public static async Task<Results<Ok<SubjectResponse>, ProblemHttpResult>> GetAsync(Guid id, HttpContext http, VigilDbContext db)
    {
        var ct = http.RequestAborted;
        var s = await db.Subjects.AsNoTracking().Include(x => x.Identifiers).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (s is null)
        {
            return Problems.NotFound("subject");
        }
        var alert = await db.Alerts.AsNoTracking().FirstOrDefaultAsync(a => a.SubjectId == id, ct);
        var linked = await LinkedAsync(db, s, ct);
        var profile = await ProfileAsync(db, s, http.RequestServices.GetService<IIpIntelligence>(), ct);
        return TypedResults.Ok(new SubjectResponse(s.Id, s.ExternalId, s.FullName, s.Kind.ToString(), s.Status.ToString(),
            s.ClaimedCountry, s.ClaimedTimezone, s.DateOfBirth, s.AppliedAt, s.Position, s.CreatedAt,
            s.Identifiers.OrderBy(i => i.Kind).Select(i => new IdentifierResponse(i.Kind.ToString(), i.Value, i.Raw, i.IsValid, i.Detail)).ToList(),
            alert is null ? null : ApiMapping.ToResponse(alert, s.FullName, true), linked, profile));
    }

    public static async Task<Results<Ok<EventPage>, ProblemHttpResult>> EventsAsync(
        Guid id, HttpContext http, VigilDbContext db, CursorCodec cursors, int? limit, string? cursor)
    {
        var ct = http.RequestAborted;
        if (!await db.Subjects.AnyAsync(s => s.Id == id, ct))
        {
            return Problems.NotFound("subject");
        }
        var size = limit ?? 100;
        if (size is < 1 or > 1000)
        {
            return Problems.BadRequest("limit must be between 1 and 1000.");
        }
        var orgId = http.User.GetOrgId();
        var fingerprint = "events|" + id;
        var q = db.Events.AsNoTracking().Where(e => e.SubjectId == id);
        if (!string.IsNullOrEmpty(cursor))
        {
            if (!cursors.TryDecode(cursor, orgId, fingerprint, out var at))
            {
                return Problems.BadRequest("The cursor is invalid, or belongs to another query.");
            }
            var t = new DateTimeOffset(at.SortKey, TimeSpan.Zero);
            var lastId = at.Anchor;
            q = q.Where(e => e.At < t || (e.At == t && e.Id < lastId));
        }
        var page = await q.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(size + 1).ToListAsync(ct);
        string? next = null;
        if (page.Count > size)
        {
            page.RemoveAt(size);
            next = cursors.Encode(orgId, fingerprint, new PageCursor(page[^1].At.UtcTicks, Guid.Empty, page[^1].Id));
        }
        return TypedResults.Ok(new EventPage(page.Select(e => new EventResponse(e.Id, e.Source, e.Type.ToString(), e.At, e.Actor, e.Ip, e.DeviceId, e.Success)).ToList(), next));
    }

    public static async Task<Results<Ok<SubjectSearchResponse>, ValidationProblem>> SearchAsync(IdentifierInput request, VigilDbContext db, CancellationToken ct)
    {
        if (!ApiMapping.TryParseName<IdentifierKind>(request.Kind, out var kind))
        {
            return Problems.Invalid("kind", $"kind must be one of {string.Join(", ", Enum.GetNames<IdentifierKind>())}.");
        }
        if (string.IsNullOrWhiteSpace(request.Value) || request.Value.Length > 1000)
        {
            return Problems.Invalid("value", "required, at most 1000 characters");
        }
        // The same canonical form as stored, so "J.Doe+x@GoogleMail.com" finds "jdoe@gmail.com".
        var canon = Canonicalizer.Canonicalize(kind, request.Value, new CanonicalizationContext(request.Region, request.Provider));
        var ids = db.SubjectIdentifiers.Where(i => i.Kind == kind && i.Value == canon.Value).Select(i => i.SubjectId);
        var subjects = await db.Subjects.AsNoTracking().Where(s => ids.Contains(s.Id)).OrderBy(s => s.FullName).Take(500).ToListAsync(ct);
        return TypedResults.Ok(new SubjectSearchResponse(kind.ToString(), canon.Value, subjects.Select(ApiMapping.ToSummary).ToList()));
    }

    /// <summary>Queues a bulk import. The body is either JSON (<c>{"subjects":[...]}</c> in the API's subject shape, or
    /// <c>{"format":"csv","content":"..."}</c>), or an applicant file exactly as <c>vigil import applicants</c> reads it:
    /// JSON Lines (<c>Content-Type: application/x-ndjson</c>) or CSV (<c>text/csv</c>); <c>?format=jsonl|csv</c>
    /// overrides the content type.</summary>
    public static async Task<Results<Accepted<ImportJobResponse>, ValidationProblem, ProblemHttpResult>> ImportAsync(
        HttpContext http, VigilDbContext db, TimeProvider time, string? format)
    {
        var ct = http.RequestAborted;
        var fileFormat = ImportFormats.FromQueryOrContentType(format, http.Request.ContentType, out var refused);
        if (refused is not null)
        {
            return refused;
        }
        ImportRequest request;
        if (fileFormat is null)
        {
            try
            {
                request = await http.Request.ReadFromJsonAsync(VigilJsonContext.Default.ImportRequest, ct)
                    ?? new ImportRequest(null);
            }
            catch (JsonException e)
            {
                return Problems.Invalid("body", "The body is not valid JSON: " + e.Message);
            }
        }
        else
        {
            using var reader = new StreamReader(http.Request.Body, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            request = new ImportRequest(null, fileFormat, await reader.ReadToEndAsync(ct));
        }
        var invalid = ImportFormats.Validate(request);
        if (invalid is not null)
        {
            return invalid;
        }
        var now = time.GetUtcNow();
        var job = new ImportJob
        {
            Id = Guid.NewGuid(),
            OrgId = http.User.GetOrgId(),
            SubmittedBy = http.User.Actor(),
            PayloadJson = JsonSerializer.Serialize(request, VigilJsonContext.Default.ImportRequest),
            Total = request.Subjects?.Count ?? 0,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.ImportJobs.Add(job);
        await db.SaveChangesAsync(ct);
        return TypedResults.Accepted($"/api/jobs/{job.Id}", ToResponse(job));
    }

    public static async Task<Results<Ok<ImportJobResponse>, ProblemHttpResult>> JobAsync(Guid id, VigilDbContext db, CancellationToken ct)
    {
        // A subject import's payload can be megabytes and is not needed here; an event upload's is its small status.
        var job = await db.ImportJobs.AsNoTracking().Where(j => j.Id == id).Select(j => new ImportJob
        {
            Id = j.Id, OrgId = j.OrgId, Status = j.Status, SubmittedBy = j.SubmittedBy,
            PayloadJson = j.PayloadJson.StartsWith(EventUploadJob.EventJobPrefix) ? j.PayloadJson : "", Total = j.Total,
            Processed = j.Processed, Added = j.Added, Updated = j.Updated, Unchanged = j.Unchanged, Rejected = j.Rejected,
            ErrorsJson = j.ErrorsJson, CreatedAt = j.CreatedAt, UpdatedAt = j.UpdatedAt, FinishedAt = j.FinishedAt,
        }).FirstOrDefaultAsync(ct);
        return job is null ? Problems.NotFound("job") : TypedResults.Ok(ToResponse(job));
    }

    internal static ImportJobResponse ToResponse(ImportJob j) => new(j.Id, j.Status.ToString(), j.Total, j.Processed, j.Added,
        j.Updated, j.Unchanged, j.Rejected,
        string.IsNullOrEmpty(j.ErrorsJson) ? [] : JsonSerializer.Deserialize(j.ErrorsJson, VigilJsonContext.Default.ListRowError) ?? [],
        j.CreatedAt, j.FinishedAt, EventUploadJob.StatusOf(j.PayloadJson));

    private static async Task<List<LinkedSubject>> LinkedAsync(VigilDbContext db, Subject s, CancellationToken ct)
    {
        var values = s.Identifiers.Where(i => i.Kind != IdentifierKind.Name).Select(i => i.Value).Distinct().ToList();
        var mine = s.Identifiers.Select(i => (i.Kind, i.Value)).ToHashSet();
        var others = await db.SubjectIdentifiers.AsNoTracking()
            .Where(i => values.Contains(i.Value) && i.SubjectId != s.Id && i.Kind != IdentifierKind.Name)
            .Select(i => new { i.SubjectId, i.Kind, i.Value }).Take(2000).ToListAsync(ct);
        var hits = others.Where(o => mine.Contains((o.Kind, o.Value))).ToList();
        var names = await AlertsApi.SubjectNamesAsync(db, hits.Select(h => h.SubjectId), ct);
        return hits.Select(h => new LinkedSubject(h.SubjectId, names.GetValueOrDefault(h.SubjectId, ""), h.Kind.ToString(), h.Value))
            .OrderBy(l => l.Kind, StringComparer.Ordinal).ThenBy(l => l.FullName, StringComparer.Ordinal).ToList();
    }

    private static async Task<ActivityProfile> ProfileAsync(VigilDbContext db, Subject s, IIpIntelligence? intel, CancellationToken ct)
    {
        var events = await db.Events.AsNoTracking().Where(e => e.SubjectId == s.Id).OrderByDescending(e => e.At)
            .Select(e => new { e.At, e.Ip }).Take(MaxEventsProfiled).ToListAsync(ct);
        var utc = new int[24];
        var local = new int[24];
        TimeZoneInfo? zone = null;
        if (s.ClaimedTimezone is not null)
        {
            TimeZoneInfo.TryFindSystemTimeZoneById(s.ClaimedTimezone, out zone);
        }
        foreach (var e in events)
        {
            utc[e.At.UtcDateTime.Hour]++;
            if (zone is not null)
            {
                local[TimeZoneInfo.ConvertTime(e.At, zone).Hour]++;
            }
        }
        var ips = events.Where(e => !string.IsNullOrEmpty(e.Ip)).GroupBy(e => e.Ip!).OrderByDescending(g => g.Count()).Take(50)
            .Select(g =>
            {
                IpInfo? info = intel is not null && IPAddress.TryParse(g.Key, out var addr) ? intel.Lookup(addr) : null;
                return new IpLocation(g.Key, g.Count(), info?.CountryCode, info?.City,
                    info is null || info.Anonymizer == AnonymizerKind.None ? null : info.Anonymizer.ToString());
            }).ToList();
        return new ActivityProfile(events.Count, utc, local, ips,
            events.Count == 0 ? null : events[^1].At, events.Count == 0 ? null : events[0].At);
    }
}
