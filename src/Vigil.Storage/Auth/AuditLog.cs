using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Vigil.Core.Cases;

namespace Vigil.Storage.Auth;

/// <summary>
/// Appends to an organization's audit chain in the same <c>SaveChanges</c> as the change it records, so an action
/// and its audit entry commit together or not at all.
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
                await Task.Delay(Random.Shared.Next(1, 5 * attempt), cancellationToken);
            }
        }
    }

    /// <summary>Reads one organization's chain and verifies it.</summary>
    public static async Task<AuditVerification> VerifyAsync(VigilDatabase database, Guid orgId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var db = database.CreateContext(orgId);
        var entries = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        return AuditChain.Verify(entries);
    }

    internal static bool IsUniqueViolation(DbUpdateException ex) => ex.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sq => sq.SqliteErrorCode == 19,
        _ => false,
    };
}
