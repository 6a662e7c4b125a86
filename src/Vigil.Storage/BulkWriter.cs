using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Vigil.Storage;

/// <summary>
/// Inserts many rows of one entity type fast: one prepared statement reused inside the caller's transaction on
/// SQLite, binary COPY on PostgreSQL. Column names and value conversions come from the EF model, so the fast path
/// cannot drift from what EF reads back. Store-generated keys (identity <c>long</c> ids) are left to the database.
/// </summary>
/// <remarks>EF's own <c>SaveChanges</c> inserts about 20–40k rows/s here; this path is several times faster, which
/// matters for the 100k-applicant imports the product is sized for.</remarks>
public static class BulkWriter
{
    public static async Task InsertAsync<T>(VigilDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken = default)
        where T : class => await InsertCoreAsync(db, rows, ignoreDuplicates: false, cancellationToken);

    /// <summary>SQLite only: inserts the rows with <c>ON CONFLICT DO NOTHING</c>, so a row that a unique index
    /// already holds (or an earlier row of the same list) is skipped; returns how many rows were inserted.</summary>
    public static Task<int> InsertIgnoringDuplicatesAsync<T>(VigilDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Provider != StorageProvider.Sqlite)
        {
            throw new NotSupportedException("ON CONFLICT DO NOTHING inserts are implemented for SQLite only (PostgreSQL uses COPY).");
        }
        return InsertCoreAsync(db, rows, ignoreDuplicates: true, cancellationToken);
    }

    private static async Task<int> InsertCoreAsync<T>(VigilDbContext db, IReadOnlyList<T> rows, bool ignoreDuplicates, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return 0;
        }
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = entity.GetTableName()!;
        var storeObject = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var columns = entity.GetProperties()
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd && p.ClrType == typeof(long)))
            .Select(p => new Column(p, p.GetColumnName(storeObject)!, p.GetTypeMapping()))
            .ToArray();
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }
        if (db.Provider == StorageProvider.Postgres)
        {
            await CopyAsync((NpgsqlConnection)connection, table, columns, rows, cancellationToken);
            return rows.Count;
        }
        return await InsertSqliteAsync((SqliteConnection)connection, db.Database.CurrentTransaction?.GetDbTransaction(), table, columns, rows, ignoreDuplicates, cancellationToken);
    }

    private static async Task<int> InsertSqliteAsync<T>(SqliteConnection connection, DbTransaction? transaction, string table, Column[] columns, IReadOnlyList<T> rows,
        bool ignoreDuplicates, CancellationToken cancellationToken)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = (SqliteTransaction?)transaction;
        cmd.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})"
            + (ignoreDuplicates ? " ON CONFLICT DO NOTHING" : "");
        var parameters = new SqliteParameter[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            parameters[i] = cmd.CreateParameter();
            parameters[i].ParameterName = $"$p{i}";
            cmd.Parameters.Add(parameters[i]);
        }
        cmd.Prepare();
        var inserted = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Length; i++)
            {
                parameters[i].Value = columns[i].ProviderValue(row!) ?? DBNull.Value;
            }
            inserted += await cmd.ExecuteNonQueryAsync(cancellationToken);
        }
        return inserted;
    }

    private static async Task CopyAsync<T>(NpgsqlConnection connection, string table, Column[] columns, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        var copy = $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in columns)
            {
                var value = column.ProviderValue(row!);
                if (value is null)
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await importer.WriteAsync(value, column.PostgresType, cancellationToken);
                }
            }
        }
        await importer.CompleteAsync(cancellationToken);
    }

    private sealed class Column(IProperty property, string name, Microsoft.EntityFrameworkCore.Storage.CoreTypeMapping mapping)
    {
        public string Name { get; } = name;

        // "character varying(200)" → "character varying": COPY wants the type, not its length.
        public string PostgresType { get; } = StripLength(property.GetColumnType());

        public object? ProviderValue(object entity)
        {
            var value = property.PropertyInfo is { } pi ? pi.GetValue(entity) : property.FieldInfo?.GetValue(entity);
            if (value is null)
            {
                return null;
            }
            var converter = property.GetValueConverter() ?? mapping.Converter;
            return converter is null ? value : converter.ConvertToProvider(value);
        }

        private static string StripLength(string type)
        {
            var paren = type.IndexOf('(', StringComparison.Ordinal);
            return paren < 0 ? type : type[..paren].TrimEnd();
        }
    }
}
