using Microsoft.EntityFrameworkCore;
using Vigil.Core.Model;

namespace Vigil.Storage;

/// <summary>
/// Writes subjects in bulk, idempotently by (organization, external id): a subject whose
/// <see cref="Subject.ContentHash"/> is unchanged is skipped, a changed one is replaced (its identifiers and
/// documents with it) under the same internal id, a new one is added. Each batch is one transaction, so an
/// interrupted import leaves whole batches and a re-run completes it.
/// </summary>
public sealed class SubjectStore(VigilDatabase database, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public const int DefaultBatchSize = 2000;

    public async Task<SubjectImportResult> UpsertAsync(
        Guid orgId,
        IEnumerable<Subject> subjects,
        IProgress<int>? progress = null,
        int batchSize = DefaultBatchSize,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var total = new SubjectImportResult(0, 0, 0);
        var batch = new List<Subject>(batchSize);
        foreach (var subject in subjects)
        {
            batch.Add(subject);
            if (batch.Count == batchSize)
            {
                total = total.Plus(await WriteBatchAsync(orgId, batch, cancellationToken));
                progress?.Report(total.Total);
                batch.Clear();
            }
        }
        if (batch.Count > 0)
        {
            total = total.Plus(await WriteBatchAsync(orgId, batch, cancellationToken));
            progress?.Report(total.Total);
        }
        return total;
    }

    private async Task<SubjectImportResult> WriteBatchAsync(Guid orgId, List<Subject> batch, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext(orgId);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await UpsertBatchAsync(db, orgId, batch, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// Upserts one batch through the caller's context, inside the caller's transaction (the caller commits): for a
    /// pipelined import that writes a chunk's subjects and events in one transaction on one connection.
    /// </summary>
    public async Task<SubjectImportResult> UpsertBatchAsync(VigilDbContext db, Guid orgId, IReadOnlyList<Subject> batch, CancellationToken cancellationToken = default)
    {
        // The last occurrence of an external id within a batch wins, as it would row by row.
        var byExternal = new Dictionary<string, Subject>(StringComparer.Ordinal);
        foreach (var s in batch)
        {
            byExternal[s.ExternalId] = s;
        }
        var ids = byExternal.Keys.ToList();

        var existing = await db.Subjects.AsNoTracking()
            // The organization term repeats the tenant filter so SQLite can use the (org, external id) index.
            // EF.Parameter sends the ids as ONE parameter (a JSON array on SQLite, an array on PostgreSQL): EF 10's
            // default of one parameter per id cost SQLite a linear name lookup per bound id (quadratic per batch),
            // and a batch past 32,766 ids would fail.
            .Where(s => s.OrgId == orgId && EF.Parameter(ids).Contains(s.ExternalId))
            .Select(s => new { s.ExternalId, s.Id, s.ContentHash, s.CreatedAt })
            .ToDictionaryAsync(s => s.ExternalId, StringComparer.Ordinal, cancellationToken);

        var now = _time.GetUtcNow();
        var toInsert = new List<Subject>(byExternal.Count);
        var replaced = new List<Guid>();
        int added = 0, updated = 0, unchanged = 0;
        foreach (var subject in byExternal.Values)
        {
            subject.OrgId = orgId;
            if (existing.TryGetValue(subject.ExternalId, out var old))
            {
                if (old.ContentHash == subject.ContentHash && subject.ContentHash.Length > 0)
                {
                    unchanged++;
                    continue;
                }
                subject.Id = old.Id;
                subject.CreatedAt = old.CreatedAt;
                replaced.Add(old.Id);
                updated++;
            }
            else
            {
                if (subject.Id == Guid.Empty)
                {
                    subject.Id = Guid.CreateVersion7(now);
                }
                subject.CreatedAt = subject.CreatedAt == default ? now : subject.CreatedAt;
                added++;
            }
            subject.UpdatedAt = now;
            toInsert.Add(subject);
        }

        if (replaced.Count > 0)
        {
            await db.SubjectIdentifiers.Where(i => replaced.Contains(i.SubjectId)).ExecuteDeleteAsync(cancellationToken);
            await db.SubjectDocuments.Where(d => replaced.Contains(d.SubjectId)).ExecuteDeleteAsync(cancellationToken);
            await db.Subjects.Where(s => replaced.Contains(s.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        var identifiers = new List<SubjectIdentifier>();
        var documents = new List<SubjectDocument>();
        foreach (var s in toInsert)
        {
            foreach (var i in s.Identifiers)
            {
                i.OrgId = orgId;
                i.SubjectId = s.Id;
                identifiers.Add(i);
            }
            foreach (var d in s.Documents)
            {
                d.OrgId = orgId;
                d.SubjectId = s.Id;
                documents.Add(d);
            }
        }
        await BulkWriter.InsertAsync(db, toInsert, cancellationToken);
        await BulkWriter.InsertAsync(db, identifiers, cancellationToken);
        await BulkWriter.InsertAsync(db, documents, cancellationToken);
        return new SubjectImportResult(added, updated, unchanged);
    }
}
