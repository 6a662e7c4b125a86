namespace Vigil.Storage;

/// <summary>Where Vigil stores its data: an SQLite file (the default) or a PostgreSQL database.</summary>
public sealed record StorageOptions
{
    /// <summary>Path of the SQLite database file, used when <see cref="PostgresConnectionString"/> is null.
    /// Default <c>.vigil/vigil.db</c> relative to the working directory.</summary>
    public string SqlitePath { get; init; } = Path.Combine(".vigil", "vigil.db");

    /// <summary>An Npgsql connection string; when set, PostgreSQL is used instead of SQLite.</summary>
    public string? PostgresConnectionString { get; init; }

    public StorageProvider Provider => PostgresConnectionString is null ? StorageProvider.Sqlite : StorageProvider.Postgres;

    public static StorageOptions ForSqlite(string path) => new() { SqlitePath = path };

    public static StorageOptions ForPostgres(string connectionString) => new() { PostgresConnectionString = connectionString };

    /// <summary>Safe to print: the SQLite path or the PostgreSQL host/database without credentials.</summary>
    public string Describe()
    {
        if (PostgresConnectionString is null)
        {
            return $"sqlite:{SqlitePath}";
        }
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(PostgresConnectionString);
        return $"postgres://{builder.Host}:{builder.Port}/{builder.Database}";
    }
}
