using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Vigil.Storage;

/// <summary>
/// WAL journaling lets the dashboard read while an import writes; NORMAL sync is durable across application
/// crashes (only an OS crash can lose the last transactions), which is the right trade for a local analyst database.
/// Reads go through a shared memory map instead of a pread copy per page into each pooled connection's own small
/// cache: paging the alert queue spent an eighth of its CPU in pread before.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    /// <summary>Native handles already configured. The pragmas belong to the handle, and Microsoft.Data.Sqlite hands
    /// the same pooled handle to every re-open: running five pragmas (one a WAL check on the file) on each request's
    /// open cost the paging path a statement round per page for nothing.</summary>
    private static readonly ConditionalWeakTable<object, object> Configured = new();

    private static void Apply(DbConnection connection)
    {
        var handle = (connection as SqliteConnection)?.Handle;
        if (handle is not null && Configured.TryGetValue(handle, out _))
        {
            return;
        }
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=60000; PRAGMA mmap_size=268435456;";
        cmd.ExecuteNonQuery();
        if (handle is not null)
        {
            Configured.TryAdd(handle, handle);
        }
    }
}
