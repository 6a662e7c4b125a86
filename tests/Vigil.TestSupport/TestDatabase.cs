using Npgsql;
using Vigil.Storage;

namespace Vigil.TestSupport;

/// <summary>
/// A throwaway Vigil database for one test: an SQLite file in a temp folder, or a fresh database on the PostgreSQL
/// server named by <c>VIGIL_TEST_POSTGRES</c> (./test.sh starts one and sets it). PostgreSQL tests are skipped,
/// with the reason, when that variable is not set.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "VIGIL_TEST_POSTGRES";

    private readonly TempDirectory? _dir;
    private readonly string? _adminConnectionString;
    private readonly string? _databaseName;

    private TestDatabase(StorageOptions options, TempDirectory? dir, string? adminConnectionString, string? databaseName)
    {
        Options = options;
        Database = new VigilDatabase(options);
        _dir = dir;
        _adminConnectionString = adminConnectionString;
        _databaseName = databaseName;
    }

    /// <summary>Both providers, for <c>[Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]</c>.</summary>
    public static TheoryData<StorageProvider> Providers => new(StorageProvider.Sqlite, StorageProvider.Postgres);

    public StorageOptions Options { get; }
    public VigilDatabase Database { get; }

    /// <summary>The connection string of the PostgreSQL server for tests, or null.</summary>
    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } cs ? cs : null;

    /// <summary>Creates and migrates an empty database of the given provider.</summary>
    public static async Task<TestDatabase> CreateAsync(StorageProvider provider, bool migrate = true)
    {
        TestDatabase db;
        if (provider == StorageProvider.Sqlite)
        {
            var dir = new TempDirectory();
            db = new TestDatabase(StorageOptions.ForSqlite(dir.File("vigil.db")), dir, null, null);
        }
        else
        {
            var server = PostgresServer;
            Assert.SkipWhen(server is null, $"PostgreSQL is not configured for tests: set {PostgresVariable} (./test.sh starts a throwaway server and sets it)");
            var name = "vigil_test_" + Guid.NewGuid().ToString("N")[..16];
            await using (var conn = new NpgsqlConnection(server))
            {
                await conn.OpenAsync();
                await using var cmd = conn.CreateCommand();
                cmd.CommandText = $"CREATE DATABASE \"{name}\"";
                await cmd.ExecuteNonQueryAsync();
            }
            var cs = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
            db = new TestDatabase(StorageOptions.ForPostgres(cs), null, server, name);
        }
        if (migrate)
        {
            await db.Database.MigrateAsync();
        }
        return db;
    }

    public async ValueTask DisposeAsync()
    {
        if (_adminConnectionString is not null && _databaseName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(_adminConnectionString);
            await conn.OpenAsync();
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = $"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)";
            await cmd.ExecuteNonQueryAsync();
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _dir?.Dispose();
        }
    }
}
