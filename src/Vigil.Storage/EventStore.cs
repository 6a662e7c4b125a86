using Microsoft.EntityFrameworkCore;
using Vigil.Core.Model;

namespace Vigil.Storage;

/// <summary>
/// Appends activity events idempotently: an event whose (organization, source, source event id) is already stored
/// is skipped, so re-ingesting a file, or resuming an interrupted ingest, stores each event exactly once. Each batch
/// is one transaction.
/// </summary>
public sealed class EventStore(VigilDatabase database)
{
    public const int DefaultBatchSize = 5000;

    /// <returns>How many events were new.</returns>
    public async Task<int> AppendAsync(Guid orgId, IEnumerable<ActivityEvent> events, int batchSize = DefaultBatchSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var added = 0;
        var batch = new List<ActivityEvent>(batchSize);
        foreach (var e in events)
        {
            batch.Add(e);
            if (batch.Count == batchSize)
            {
                added += await WriteBatchAsync(orgId, batch, cancellationToken);
                batch.Clear();
            }
        }
        if (batch.Count > 0)
        {
            added += await WriteBatchAsync(orgId, batch, cancellationToken);
        }
        return added;
    }

    private async Task<int> WriteBatchAsync(Guid orgId, List<ActivityEvent> batch, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext(orgId);
        if (db.Provider == StorageProvider.Sqlite)
        {
            return await WriteSqliteBatchAsync(db, orgId, batch, cancellationToken);
        }
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var added = await AppendBatchAsync(db, orgId, batch, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return added;
    }

    /// <summary>Appends one batch through the caller's context, inside the caller's transaction (the caller commits).</summary>
    /// <returns>How many events were new.</returns>
    public static async Task<int> AppendBatchAsync(VigilDbContext db, Guid orgId, IReadOnlyList<ActivityEvent> batch, CancellationToken cancellationToken = default)
    {
        var fresh = new List<ActivityEvent>(batch.Count);
        foreach (var group in batch.GroupBy(e => e.Source, StringComparer.Ordinal))
        {
            var source = group.Key;
            var ids = group.Select(e => e.SourceEventId).Distinct(StringComparer.Ordinal).ToList();
            var existing = (await db.Events.AsNoTracking()
                // The organization term repeats the tenant filter so SQLite can use the (org, source, id) index.
                // One array parameter, not one per id (see SubjectStore): a chunk of applicants carries tens of thousands.
                .Where(e => e.OrgId == orgId && e.Source == source && EF.Parameter(ids).Contains(e.SourceEventId))
                .Select(e => e.SourceEventId)
                .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            foreach (var e in group)
            {
                // Add() also drops repeats of one id within the batch.
                if (existing.Add(e.SourceEventId))
                {
                    e.OrgId = orgId;
                    fresh.Add(e);
                }
            }
        }
        await BulkWriter.InsertAsync(db, fresh, cancellationToken);
        return fresh.Count;
    }

    /// <summary>SQLite: one prepared <c>INSERT … ON CONFLICT DO NOTHING</c> per row, in one transaction: the unique
    /// (organization, source, event id) index both finds and skips the duplicates, so no query of existing ids
    /// walks the index a second time. A larger page cache for the writing connection keeps the three event indexes'
    /// hot pages in memory: with SQLite's default 2 MB, every insert into a multi-GB table re-read index pages.</summary>
    private static async Task<int> WriteSqliteBatchAsync(VigilDbContext db, Guid orgId, List<ActivityEvent> batch, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using (var pragma = db.Database.GetDbConnection().CreateCommand())
        {
            pragma.CommandText = $"PRAGMA cache_size=-{WriterCacheKiB}";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var e in batch)
        {
            e.OrgId = orgId;
        }
        var added = await BulkWriter.InsertIgnoringDuplicatesAsync(db, batch, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return added;
    }

    /// <summary>Page cache of a connection that appends events, in KiB (64 MiB: bounded whatever the file size).</summary>
    public const int WriterCacheKiB = 64 * 1024;
}
