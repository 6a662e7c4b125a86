using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vigil.Server.Auth;
using Vigil.Server.Contracts;
using Vigil.Server.Dashboard;
using Vigil.Server.Taxii;
using Vigil.Storage;
using Vigil.Storage.Jobs;
using Vigil.Storage.Sharing;

namespace Vigil.Server.Apis;

/// <summary>
/// The overview's health panels (<c>GET /api/overview/status</c>): list freshness, ingest health per log source,
/// subject imports, and sharing (collections, pushes received, partners, intelligence received). Every panel
/// degrades to empty when its store does not exist yet (no lists loaded, sharing never used).
/// </summary>
public static class DashboardStatusApi
{
    public static async Task<Ok<DashboardStatusResponse>> GetAsync(HttpContext http, VigilDbContext db, TimeProvider time, IConfiguration configuration)
    {
        var ct = http.RequestAborted;
        var now = time.GetUtcNow();
        var lists = await ListFreshnessReader.ReadAsync(db, now, ct);
        var ingest = await IngestAsync(db, now, ct);
        var imports = await ImportsAsync(db, ct);
        var sharing = await SharingAsync(db, http.User.GetOrgId(), configuration, ct);
        return TypedResults.Ok(new DashboardStatusResponse(lists, "stored list versions", ingest, imports, sharing));
    }

    private static async Task<List<IngestSourceHealth>> IngestAsync(VigilDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var rows = await db.Events.AsNoTracking().GroupBy(e => e.Source).Select(g => new
        {
            Source = g.Key,
            Events = g.Count(),
            Newest = g.Max(e => (DateTimeOffset?)e.At),
            Unattributed = g.Count(e => e.SubjectId == null),
            Failures = g.Count(e => e.Success == false),
        }).ToListAsync(ct);
        return rows.OrderBy(r => r.Source, StringComparer.Ordinal).Select(r => new IngestSourceHealth(r.Source, r.Events, r.Newest,
            r.Newest is { } n ? Math.Round((now - n).TotalHours, 1) : null, r.Unattributed, r.Failures)).ToList();
    }

    private static async Task<ImportHealth> ImportsAsync(VigilDbContext db, CancellationToken ct)
    {
        var jobs = await db.ImportJobs.AsNoTracking().Select(j => new { j.Status, j.Added, j.Rejected, j.FinishedAt }).ToListAsync(ct);
        return new ImportHealth(jobs.Count, jobs.Count(j => j.Status == ImportJobStatus.Failed), jobs.Sum(j => j.Added), jobs.Sum(j => j.Rejected),
            jobs.Max(j => j.FinishedAt));
    }

    private static async Task<SharingExchange> SharingAsync(VigilDbContext db, Guid orgId, IConfiguration configuration, CancellationToken ct)
    {
        var partners = (configuration.GetSection("Taxii").Get<TaxiiOptions>() ?? new TaxiiOptions()).Partners
            .Select(p => new SharingPartner(p.Name, p.Read, p.Write)).ToList();
        var received = (await db.Indicators.AsNoTracking().GroupBy(i => i.Source)
                .Select(g => new { Source = g.Key, Count = g.Count(), Last = g.Max(i => i.LoadedAt) }).ToListAsync(ct))
            .OrderByDescending(r => r.Last).Select(r => new ReceivedIntel(r.Source, r.Count, r.Last)).ToList();
        var collections = new List<SharedCollection>();
        // The TAXII tables are created on first use of sharing (SharingSchema), not by the migrations.
        if (await TableExistsAsync(db, "taxii_collections", ct) && await TableExistsAsync(db, "taxii_statuses", ct))
        {
            var mine = await db.Set<TaxiiCollectionRecord>().AsNoTracking().Where(c => c.OrgId == orgId).OrderBy(c => c.Title).ToListAsync(ct);
            var ids = mine.Select(c => c.Id).ToList();
            var objects = await db.Set<TaxiiObjectRecord>().AsNoTracking().Where(o => ids.Contains(o.CollectionId)).GroupBy(o => o.CollectionId)
                .Select(g => new { Id = g.Key, Count = g.Count(), Last = g.Max(o => o.DateAddedUs) }).ToListAsync(ct);
            var pushes = await db.Set<TaxiiStatusRecord>().AsNoTracking().Where(s => ids.Contains(s.CollectionId)).GroupBy(s => s.CollectionId)
                .Select(g => new { Id = g.Key, Count = g.Count(), Objects = g.Sum(s => s.SuccessCount), Failures = g.Sum(s => s.FailureCount) }).ToListAsync(ct);
            collections = mine.Select(c =>
            {
                var o = objects.FirstOrDefault(x => x.Id == c.Id);
                var p = pushes.FirstOrDefault(x => x.Id == c.Id);
                return new SharedCollection(c.Id, c.Title, o?.Count ?? 0, o is null ? null : DateTimeOffset.UnixEpoch.AddTicks(o.Last * 10),
                    p?.Count ?? 0, p?.Objects ?? 0, p?.Failures ?? 0);
            }).ToList();
        }
        return new SharingExchange(collections, partners, received);
    }

    private static async Task<bool> TableExistsAsync(VigilDbContext db, string table, CancellationToken ct)
    {
        var sql = db.Provider == StorageProvider.Postgres
            ? (FormattableString)$"SELECT COUNT(*)::int AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = {table}"
            : $"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {table}";
        return await db.Database.SqlQuery<int>(sql).SingleAsync(ct) > 0;
    }
}
