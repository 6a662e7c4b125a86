using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Npgsql;
using Vigil.Server.Paging;
using Vigil.Storage;

namespace Vigil.Server.Apis;

/// <summary>Runs the alert queue's page query (<see cref="AlertListSql"/>) without an EF context: paging is the hottest
/// read of the API (target 2,000 pages/s), and per page the context's service scope, its connection open (which
/// re-registers EF's SQLite functions on the handle) and the shared connection pool's lock cost more than the query.</summary>
/// <remarks>
/// On SQLite it keeps a few open read connections of its own, each with its prepared statements (one per filter
/// shape), handed out through a lock-free queue. They hold no transaction between pages, so each page sees every row
/// committed before it (WAL readers never block writers). On PostgreSQL it uses Npgsql's pool (cheap to open, and a
/// long-lived session would pin server state across several <c>vigil serve</c> processes for nothing).
/// The organization is always the caller's, passed in by the endpoint from the authenticated principal.
/// </remarks>
internal sealed class AlertListReader(VigilDatabase database) : IDisposable
{
    /// <summary>Idle connections kept (one per concurrent page read, which the thread pool bounds); more are opened under
    /// bursts and closed when returned. Opening one costs more than a page, so the bound is generous.</summary>
    private const int MaxIdle = 64;

    /// <summary>Prepared statements kept per connection (filter shapes seen); a connection past it starts over.</summary>
    private const int MaxStatements = 64;

    private readonly ConcurrentQueue<SqliteLease> _idle = new();
    private readonly bool _sqlite = database.Options.Provider == StorageProvider.Sqlite;
    private readonly string _connectionString = database.Options.Provider == StorageProvider.Sqlite
        ? new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(database.Options.SqlitePath),
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = 60,
        }.ToString()
        : database.Options.PostgresConnectionString!;
    private int _idleCount;
    private bool _disposed;

    /// <summary>Reads up to <paramref name="take"/> rows of <paramref name="orgId"/>'s queue after <paramref name="at"/>.</summary>
    public async Task<List<AlertListRow>> ReadPageAsync(Guid orgId, AlertListFilter filter, string sort, bool desc, PageCursor? at, int take,
        CancellationToken ct)
    {
        var parameters = new List<KeyValuePair<string, object>>(8);
        var sql = AlertListSql.Build(parameters, orgId, _sqlite, filter, sort, desc, at, take);
        if (_sqlite)
        {
            return ReadSqlite(sql, parameters, take);
        }
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await AlertListSql.ReadRowsAsync(reader, sqlite: false, take, ct);
    }

    /// <summary>SQLite does no I/O wait worth yielding for (the file is memory-mapped), so the read is synchronous.</summary>
    private List<AlertListRow> ReadSqlite(string sql, List<KeyValuePair<string, object>> parameters, int take)
    {
        var lease = Rent();
        var healthy = false;
        try
        {
            var command = lease.Command(sql, parameters);
            foreach (var (name, value) in parameters)
            {
                command.Parameters[name].Value = value;
            }
            List<AlertListRow> rows;
            using (var reader = command.ExecuteReader())
            {
                rows = AlertListSql.ReadRows(reader, sqlite: true, take);
            }
            healthy = true;
            return rows;
        }
        finally
        {
            Return(lease, healthy);
        }
    }

    private SqliteLease Rent()
    {
        if (_idle.TryDequeue(out var lease))
        {
            Interlocked.Decrement(ref _idleCount);
            return lease;
        }
        ObjectDisposedException.ThrowIf(_disposed, this);
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            // Same read settings as the EF connections (SqlitePragmas): wait for writers instead of failing, and read
            // through the shared memory map.
            pragma.CommandText = "PRAGMA busy_timeout=60000; PRAGMA mmap_size=268435456;";
            pragma.ExecuteNonQuery();
        }
        return new SqliteLease(connection);
    }

    private void Return(SqliteLease lease, bool healthy)
    {
        if (healthy && !_disposed)
        {
            if (Interlocked.Increment(ref _idleCount) <= MaxIdle)
            {
                _idle.Enqueue(lease);
                if (_disposed)
                {
                    Dispose();
                }
                return;
            }
            Interlocked.Decrement(ref _idleCount);
        }
        lease.Dispose();
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryDequeue(out var lease))
        {
            lease.Dispose();
        }
    }

    /// <summary>One open connection and its prepared statements, used by one request at a time.</summary>
    private sealed class SqliteLease(SqliteConnection connection) : IDisposable
    {
        private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

        public SqliteCommand Command(string sql, List<KeyValuePair<string, object>> parameters)
        {
            if (_commands.TryGetValue(sql, out var command))
            {
                return command;
            }
            if (_commands.Count >= MaxStatements)
            {
                foreach (var old in _commands.Values)
                {
                    old.Dispose();
                }
                _commands.Clear();
            }
            command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value);
            }
            command.Prepare();
            _commands[sql] = command;
            return command;
        }

        public void Dispose()
        {
            foreach (var command in _commands.Values)
            {
                command.Dispose();
            }
            connection.Dispose();
        }
    }
}
