using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Vigil.Core.Cases;

namespace Vigil.Storage.Auth;

/// <summary>
/// Appends to an organization's audit chain in the same <c>SaveChanges</c> as the change it records, so an action
/// and its audit entry commit together or not at all. The chain head (<see cref="AuditHead"/>) moves in that same
/// <c>SaveChanges</c>, which is what makes deleting the newest rows detectable.
/// </summary>
/// <remarks>
/// Two writers may read the same chain head; the unique (OrgId, Sequence) index lets only one commit, and the loser
/// re-reads the head and retries with its other pending changes still tracked. Optimistic-concurrency failures of
/// the audited change itself are not retried: they surface to the caller as a conflict.
/// </remarks>
public static class AuditLog
{
    private const int MaxAttempts = 30;

    public static Task SaveWithAuditAsync(VigilDbContext db, string actor, string action, string target,
        string? detailsJson, TimeProvider time, CancellationToken cancellationToken = default) =>
        SaveWithAuditAsync(db, actor, [new AuditRecord(action, target, detailsJson)], time, cancellationToken);

    /// <summary>Saves the context's pending changes together with one audit entry per record.</summary>
    public static async Task SaveWithAuditAsync(VigilDbContext db, string actor, IReadOnlyList<AuditRecord> records,
        TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(time);
        var orgId = db.OrgId ?? throw new InvalidOperationException("The audit log needs an organization-scoped context.");
        for (var attempt = 1; ; attempt++)
        {
            var head = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellationToken);
            var added = new List<AuditEntry>(records.Count);
            var now = time.GetUtcNow();
            foreach (var r in records)
            {
                head = AuditChain.Next(head, orgId, now, actor, r.Action, r.Target, r.DetailsJson);
                added.Add(head);
            }
            db.AuditEntries.AddRange(added);
            var anchor = await db.AuditHeads.FirstOrDefaultAsync(h => h.OrgId == orgId, cancellationToken);
            if (anchor is null)
            {
                anchor = new AuditHead { OrgId = orgId, Hash = head!.Hash };
                db.AuditHeads.Add(anchor);
            }
            anchor.Sequence = head!.Sequence;
            anchor.Hash = head.Hash;
            anchor.UpdatedAt = now;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException && IsUniqueViolation(ex) && attempt < MaxAttempts)
            {
                foreach (var e in added)
                {
                    db.Entry(e).State = EntityState.Detached;
                }
                // Re-read the head row next time: the tracked copy holds this attempt's values.
                db.Entry(anchor).State = EntityState.Detached;
                await Task.Delay(Random.Shared.Next(1, 5 * attempt), cancellationToken);
            }
        }
    }

    /// <summary>Reads one organization's chain and verifies it: every link and hash (edited or deleted rows), the
    /// stored head (deleted newest rows) and, when given, an anchor kept outside the database.</summary>
    public static async Task<AuditVerification> VerifyAsync(VigilDatabase database, Guid orgId, CancellationToken cancellationToken = default) =>
        (await VerifyWithHeadAsync(database, orgId, null, cancellationToken)).Verification;

    /// <summary><see cref="VerifyAsync"/>, also returning the chain head to anchor externally.</summary>
    public static async Task<AuditChainStatus> VerifyWithHeadAsync(VigilDatabase database, Guid orgId, AuditAnchor? expect,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var db = database.CreateContext(orgId);
        var entries = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        var stored = await db.AuditHeads.AsNoTracking().FirstOrDefaultAsync(h => h.OrgId == orgId, cancellationToken);
        var last = entries.Count == 0 ? null : entries[^1];
        var head = new AuditAnchor(last?.Sequence ?? 0, last?.Hash ?? AuditChain.Genesis);
        return new AuditChainStatus(Check(entries, stored, expect), head);
    }

    private static AuditVerification Check(List<AuditEntry> entries, AuditHead? stored, AuditAnchor? expect)
    {
        var chain = AuditChain.Verify(entries);
        if (!chain.IsIntact)
        {
            return chain;
        }
        var count = entries.Count;
        var last = count == 0 ? null : entries[^1];
        if (expect is not null && expect.Sequence > 0)
        {
            var at = expect.Sequence <= count ? entries[(int)expect.Sequence - 1] : null;
            if (at is null)
            {
                return AuditVerification.Broken(count, expect.Sequence,
                    $"the external anchor {expect} names entry {expect.Sequence}, but the chain ends at {last?.Sequence ?? 0}: newest rows were deleted");
            }
            if (!string.Equals(at.Hash, expect.Hash, StringComparison.Ordinal))
            {
                return AuditVerification.Broken(count, expect.Sequence,
                    $"entry {expect.Sequence} no longer has the anchored hash {expect.Hash}: the chain was rewritten from there");
            }
        }
        if (stored is null)
        {
            return last is null ? chain : AuditVerification.Broken(count, last.Sequence,
                "the chain has entries but no head row: the head was deleted (newest rows may be missing)");
        }
        if (last is null || stored.Sequence > last.Sequence)
        {
            return AuditVerification.Broken(count, (last?.Sequence ?? 0) + 1,
                $"the head says the chain ends at entry {stored.Sequence}, but it ends at {last?.Sequence ?? 0}: the newest rows were deleted");
        }
        if (stored.Sequence < last.Sequence)
        {
            return AuditVerification.Broken(count, stored.Sequence + 1,
                $"entries after {stored.Sequence} (the head) were written without moving the head: appended outside Vigil");
        }
        if (!string.Equals(stored.Hash, last.Hash, StringComparison.Ordinal))
        {
            return AuditVerification.Broken(count, last.Sequence,
                $"entry {last.Sequence} does not match the head's hash: the newest rows were replaced");
        }
        return chain;
    }

    internal static bool IsUniqueViolation(DbUpdateException ex) => ex.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sq => sq.SqliteErrorCode == 19,
        _ => false,
    };
}
