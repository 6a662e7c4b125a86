using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Vigil.Storage;
using Vigil.Storage.Jobs;

namespace Vigil.Server.Jobs;

/// <summary>
/// The bytes of an uploaded log, kept in the database in <see cref="ChunkBytes"/> pieces (table
/// <c>vigil_upload_chunks</c>) until its job has run, so any server process on the same database can run the job:
/// nothing about it lives in the process or on the disk of the one that received it.
/// </summary>
/// <remarks>The table is a spool, not part of the domain model: it is created on first use (<c>IF NOT EXISTS</c>, on
/// both providers) rather than by a migration, and holds rows only while a job is queued or running.</remarks>
public static class UploadChunks
{
    /// <summary>Size of one stored piece: large enough that a 2 GB upload is 512 rows, small enough to hold in memory.</summary>
    public const int ChunkBytes = 4 * 1024 * 1024;

    private const string Table = "vigil_upload_chunks";

    /// <summary>Stores the file's chunks and adds <paramref name="job"/> in one transaction: the job is visible to
    /// the runners only with all of its bytes.</summary>
    public static async Task StoreAsync(VigilDbContext db, ImportJob job, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(job);
        await EnsureTableAsync(db, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan))
        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction.GetDbTransaction();
            insert.CommandText = $"INSERT INTO {Table} (job_id, seq, data) VALUES (@job, @seq, @data)";
            Add(insert, "@job", job.Id.ToString("N"));
            var seqParameter = Add(insert, "@seq", 0);
            var dataParameter = Add(insert, "@data", Array.Empty<byte>());
            var buffer = new byte[ChunkBytes];
            for (var seq = 0; ; seq++)
            {
                var filled = await file.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
                if (filled == 0)
                {
                    break;
                }
                seqParameter.Value = seq;
                dataParameter.Value = filled == buffer.Length ? buffer : buffer[..filled];
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        db.ImportJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Reads one chunk (null past the last one). Synchronous: the log parsers read their stream synchronously.</summary>
    public static byte[]? Read(DbConnection connection, Guid jobId, int seq)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection.State != ConnectionState.Open)
        {
            connection.Open();
        }
        using var select = connection.CreateCommand();
        select.CommandText = $"SELECT data FROM {Table} WHERE job_id = @job AND seq = @seq";
        Add(select, "@job", jobId.ToString("N"));
        Add(select, "@seq", seq);
        return select.ExecuteScalar() as byte[];
    }

    /// <summary>Deletes a finished or failed job's chunks (in the context's transaction, if it has one; the table
    /// exists, since the job was stored with it).</summary>
    public static async Task DeleteAsync(VigilDbContext db, Guid jobId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.ExecuteSqlRawAsync($"DELETE FROM {Table} WHERE job_id = {{0}}", [jobId.ToString("N")], cancellationToken);
    }

    /// <summary>How many chunks a job has stored (tests, diagnostics).</summary>
    public static async Task<int> CountAsync(VigilDbContext db, Guid jobId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await EnsureTableAsync(db, cancellationToken);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM {Table} WHERE job_id = @job";
            Add(count, "@job", jobId.ToString("N"));
            return Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task EnsureTableAsync(VigilDbContext db, CancellationToken cancellationToken)
    {
        var sql = db.Provider == StorageProvider.Postgres
            ? $"CREATE TABLE IF NOT EXISTS {Table} (job_id text NOT NULL, seq integer NOT NULL, data bytea NOT NULL, PRIMARY KEY (job_id, seq))"
            : $"CREATE TABLE IF NOT EXISTS {Table} (job_id TEXT NOT NULL, seq INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (job_id, seq))";
        try
        {
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }
        catch (DbException)
        {
            // Two processes creating it at once on PostgreSQL: one loses on the catalog's unique index. It exists now.
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }
    }

    private static DbParameter Add(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
        return p;
    }
}
