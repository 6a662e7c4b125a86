using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace Vigil.Storage.Monitoring;

/// <summary>
/// Orders monitoring ingests of one organization across threads, processes and servers, so that incremental
/// detection never skips a stored event. Storing takes the organization's lock shared (ingests store side by side);
/// detection takes it exclusive, so it runs alone and only when no store is in flight.
/// </summary>
/// <remarks>
/// Why: detection resumes from a watermark, the highest event id it has processed. On PostgreSQL ids come from a
/// sequence when a row is inserted but become visible when its transaction commits, so with two writers a run could
/// see id 105 committed while 101 is still in flight, move the watermark past 101 and never process it. Under this
/// lock every event of the organization that detection can ever see is either committed before the detection reads
/// (no store holds the shared lock then) or inserted after it released the lock, with a higher id from the sequence.
/// PostgreSQL: session advisory locks (<c>pg_advisory_lock[_shared]</c>) on a key derived from the organization id,
/// held on a dedicated connection, released on dispose — or by the server when a killed process's connection drops.
/// SQLite needs no lock here: it has one writer at a time, so ids commit in the order they are assigned; detections
/// that overlap are caught when they save (<c>MonitoringService</c> compares the progress row it started from).
/// </remarks>
public sealed class MonitoringLock : IAsyncDisposable
{
    /// <summary>First half of the advisory lock key: names the lock space, so other advisory locks cannot collide.</summary>
    private const int LockSpace = 0x56474D4E; // "VGMN"

    private readonly VigilDbContext? _db;
    private readonly int _key;
    private readonly bool _shared;

    private MonitoringLock(VigilDbContext? db, int key, bool shared)
    {
        _db = db;
        _key = key;
        _shared = shared;
    }

    /// <summary>Held while an ingest stores events: any number at once per organization, none during detection.</summary>
    public static Task<MonitoringLock> ForStoreAsync(VigilDatabase database, Guid orgId, CancellationToken cancellationToken = default) =>
        AcquireAsync(database, orgId, shared: true, cancellationToken);

    /// <summary>Held while detection loads state, reads new events and saves: one at a time per organization, after
    /// every store in flight has committed.</summary>
    public static Task<MonitoringLock> ForDetectionAsync(VigilDatabase database, Guid orgId, CancellationToken cancellationToken = default) =>
        AcquireAsync(database, orgId, shared: false, cancellationToken);

    /// <summary>The second half of the advisory key: a stable 32-bit hash of the organization id. Two organizations
    /// sharing it only wait for each other.</summary>
    public static int KeyOf(Guid orgId) => BitConverter.ToInt32(SHA256.HashData(orgId.ToByteArray()), 0);

    private static async Task<MonitoringLock> AcquireAsync(VigilDatabase database, Guid orgId, bool shared, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (database.Options.Provider != StorageProvider.Postgres)
        {
            return new MonitoringLock(null, 0, shared);
        }
        var db = database.CreateContext();
        var key = KeyOf(orgId);
        try
        {
            // Session-level, not transaction-level: the store commits batch by batch on other connections.
            await db.Database.OpenConnectionAsync(cancellationToken);
            if (shared)
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock_shared({LockSpace}, {key})", cancellationToken);
            }
            else
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({LockSpace}, {key})", cancellationToken);
            }
            return new MonitoringLock(db, key, shared);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_db is null)
        {
            return;
        }
        try
        {
            // Not cancellable: the lock must go back even when the ingest was cancelled.
            if (_shared)
            {
                await _db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock_shared({LockSpace}, {_key})", CancellationToken.None);
            }
            else
            {
                await _db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({LockSpace}, {_key})", CancellationToken.None);
            }
        }
        finally
        {
            // The unlock fails only with a broken connection, and the server drops a dead session's locks.
            await _db.DisposeAsync();
        }
    }
}
