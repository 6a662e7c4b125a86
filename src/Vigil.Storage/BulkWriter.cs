using System.Data.Common;
using System.Globalization;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using SQLitePCL;

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
        var columns = Columns.GetValue(entity, static e => ColumnsOf(e));
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
        return InsertSqlite((SqliteConnection)connection, db.Database.CurrentTransaction?.GetDbTransaction(), table, columns, rows, ignoreDuplicates, cancellationToken);
    }

    /// <summary>
    /// Readies the context's connection for a long bulk write (an import of many chunks on one connection): on SQLite
    /// it raises that connection's page cache from the default 2 MB to <paramref name="cacheMegabytes"/>, so the
    /// random-order index inserts (hashed subject ids, identifier values) stop re-reading the same B-tree pages from
    /// the WAL and the file. The cache only grows as pages are touched. Nothing to do on PostgreSQL.
    /// </summary>
    public static async Task PrepareConnectionAsync(VigilDbContext db, int cacheMegabytes = 256, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cacheMegabytes, 1);
        if (db.Provider != StorageProvider.Sqlite)
        {
            return;
        }
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.CommandText = $"PRAGMA cache_size=-{cacheMegabytes * 1024}";
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Column lists per entity type, built once per model (reflection on the EF model is not free).</summary>
    private static readonly ConditionalWeakTable<IEntityType, Column[]> Columns = new();

    private static Column[] ColumnsOf(IEntityType entity)
    {
        var storeObject = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        return entity.GetProperties()
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd && p.ClrType == typeof(long)))
            .Select(p => new Column(p, p.GetColumnName(storeObject)!, p.GetTypeMapping()))
            .ToArray();
    }

    private static int InsertSqlite<T>(SqliteConnection connection, DbTransaction? transaction, string table, Column[] columns, IReadOnlyList<T> rows,
        bool ignoreDuplicates, CancellationToken cancellationToken)
    {
        var sql = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})"
            + (ignoreDuplicates ? " ON CONFLICT DO NOTHING" : "");
        if (columns.All(c => c.SqliteBinding != SqliteBinding.None))
        {
            return InsertSqliteRaw(connection, sql, columns, rows, cancellationToken);
        }
        using var cmd = connection.CreateCommand();
        cmd.Transaction = (SqliteTransaction?)transaction;
        cmd.CommandText = sql;
        var parameters = new SqliteParameter[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            parameters[i] = cmd.CreateParameter();
            parameters[i].ParameterName = $"$p{i}";
            cmd.Parameters.Add(parameters[i]);
        }
        cmd.Prepare();
        // Synchronous on purpose: Microsoft.Data.Sqlite's async calls run synchronously anyway, and a Task per row
        // was measurable at a million rows.
        var inserted = 0;
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var i = 0; i < columns.Length; i++)
            {
                parameters[i].Value = columns[i].ProviderValue(row!) ?? DBNull.Value;
            }
            inserted += cmd.ExecuteNonQuery();
        }
        return inserted;
    }

    /// <summary>
    /// The SQLite insert loop on the native statement: values bound by position, in the text and number forms
    /// Microsoft.Data.Sqlite itself binds (upper-case GUID text, <c>yyyy-MM-dd HH:mm:ss.FFFFFFFzzz</c> offsets), so
    /// EF reads the rows back exactly as if it had written them (BulkWriterTests compares both byte for byte).
    /// Binding through <see cref="SqliteParameter"/> looks every parameter up by name on every row: a linear scan
    /// of the statement's names, which was the largest single cost of a million-row import.
    /// </summary>
    /// <returns>Rows inserted (with <c>ON CONFLICT DO NOTHING</c>, the skipped ones are not counted).</returns>
    private static int InsertSqliteRaw<T>(SqliteConnection connection, string sql, Column[] columns, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        var db = connection.Handle!;
        Check(db, raw.sqlite3_prepare_v2(db, sql, out var stmt));
        var inserted = 0;
        using (stmt)
        {
            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (var i = 0; i < columns.Length; i++)
                {
                    Check(db, Bind(stmt, i + 1, columns[i], columns[i].ProviderValue(row!)));
                }
                var rc = raw.sqlite3_step(stmt);
                if (rc != raw.SQLITE_DONE)
                {
                    raw.sqlite3_reset(stmt);
                    Check(db, rc);
                }
                inserted += raw.sqlite3_changes(db);
                Check(db, raw.sqlite3_reset(stmt));
            }
        }
        return inserted;
    }

    private static int Bind(sqlite3_stmt stmt, int index, Column column, object? value)
    {
        if (value is null)
        {
            return raw.sqlite3_bind_null(stmt, index);
        }
        return column.SqliteBinding switch
        {
            SqliteBinding.Text => raw.sqlite3_bind_text(stmt, index, (string)value),
            SqliteBinding.Integer => raw.sqlite3_bind_int64(stmt, index, Convert.ToInt64(value, CultureInfo.InvariantCulture)),
            SqliteBinding.Real => raw.sqlite3_bind_double(stmt, index, Convert.ToDouble(value, CultureInfo.InvariantCulture)),
            SqliteBinding.Blob => raw.sqlite3_bind_blob(stmt, index, (byte[])value),
            SqliteBinding.Guid => raw.sqlite3_bind_text(stmt, index, ((Guid)value).ToString().ToUpperInvariant()),
            SqliteBinding.DateTimeOffset => raw.sqlite3_bind_text(stmt, index,
                ((DateTimeOffset)value).ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFFzzz", CultureInfo.InvariantCulture)),
            SqliteBinding.DateOnly => raw.sqlite3_bind_text(stmt, index, ((DateOnly)value).ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture)),
            _ => throw new InvalidOperationException($"No raw binding for {value.GetType().Name}."),
        };
    }

    private static void Check(sqlite3 db, int rc)
    {
        if (rc != raw.SQLITE_OK && rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
        {
            throw new SqliteException($"SQLite Error {rc}: '{raw.sqlite3_errmsg(db).utf8_to_string()}'.", rc, raw.sqlite3_extended_errcode(db));
        }
    }

    /// <summary>How a column's provider values go to SQLite on the native path; <see cref="None"/> (a type this path
    /// does not know) sends the whole table through <see cref="SqliteParameter"/> instead.</summary>
    private enum SqliteBinding
    {
        None,
        Text,
        Integer,
        Real,
        Blob,
        Guid,
        DateTimeOffset,
        DateOnly,
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

        // Compiled once: PropertyInfo.GetValue per cell was a tenth of a million-row import's write time.
        private readonly Func<object, object?> _get = Getter(property);

        private readonly Func<object?, object?>? _toProvider = (property.GetValueConverter() ?? mapping.Converter)?.ConvertToProvider;

        public SqliteBinding SqliteBinding { get; } = BindingOf((property.GetValueConverter() ?? mapping.Converter)?.ProviderClrType ?? property.ClrType);

        private static SqliteBinding BindingOf(Type type)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type.IsEnum)
            {
                return SqliteBinding.Integer;
            }
            return Type.GetTypeCode(type) switch
            {
                TypeCode.String => SqliteBinding.Text,
                TypeCode.Boolean or TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32
                    or TypeCode.UInt32 or TypeCode.Int64 => SqliteBinding.Integer,
                TypeCode.Double or TypeCode.Single => SqliteBinding.Real,
                _ when type == typeof(Guid) => SqliteBinding.Guid,
                _ when type == typeof(DateTimeOffset) => SqliteBinding.DateTimeOffset,
                _ when type == typeof(DateOnly) => SqliteBinding.DateOnly,
                _ when type == typeof(byte[]) => SqliteBinding.Blob,
                _ => SqliteBinding.None,
            };
        }

        public object? ProviderValue(object entity)
        {
            var value = _get(entity);
            return value is null || _toProvider is null ? value : _toProvider(value);
        }

        private static Func<object, object?> Getter(IProperty property)
        {
            if (property.PropertyInfo is null && property.FieldInfo is null)
            {
                return static _ => null; // a shadow property: no CLR value to write
            }
            var entity = Expression.Parameter(typeof(object), "entity");
            var typed = Expression.Convert(entity, property.DeclaringType.ClrType);
            Expression member = property.PropertyInfo is { } pi ? Expression.Property(typed, pi) : Expression.Field(typed, property.FieldInfo!);
            return Expression.Lambda<Func<object, object?>>(Expression.Convert(member, typeof(object)), entity).Compile();
        }

        private static string StripLength(string type)
        {
            var paren = type.IndexOf('(', StringComparison.Ordinal);
            return paren < 0 ? type : type[..paren].TrimEnd();
        }
    }
}
