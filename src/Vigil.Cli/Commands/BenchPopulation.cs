using Microsoft.EntityFrameworkCore;
using Vigil.Ingest.Synthetic;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary>Synthetic applicant populations and throwaway databases for the screening benchmarks.</summary>
internal static class BenchPopulation
{
    /// <summary>The applicants file of a seeded synthetic population, generated once under
    /// <c>$VIGIL_HOME/bench/</c> and reused (generation is not part of any measurement).</summary>
    public static string Applicants(int count, ulong seed, bool photos, Action<string> say, CancellationToken ct)
    {
        var dir = Path.Combine(StorageCliOptions.Home, "bench", $"synth-{count}-{seed}{(photos ? "" : "-nophotos")}");
        var path = Path.Combine(dir, "applicants.jsonl");
        if (!File.Exists(path))
        {
            say($"Generating {count:N0} synthetic applicants into {dir} (once; reused by later runs)...");
            new PopulationGenerator(new SynthOptions(count, 0, seed, dir, photos)).Generate(ct);
        }
        return path;
    }

    /// <summary>A fresh SQLite database in a temporary folder, migrated, with one organization.</summary>
    public static async Task<(VigilDatabase Database, Guid OrgId, string Folder)> FreshDatabaseAsync(CancellationToken ct)
    {
        var folder = Path.Combine(Path.GetTempPath(), "vigil-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var database = new VigilDatabase(StorageOptions.ForSqlite(Path.Combine(folder, "bench.db")));
        await database.MigrateAsync(ct);
        var org = await database.EnsureOrganizationAsync("bench", cancellationToken: ct);
        return (database, org.Id, folder);
    }

    /// <summary>The benchmark's database: the given SQLite file or PostgreSQL database (created and migrated when
    /// absent, kept afterwards), else a fresh temporary SQLite file whose folder is returned for deletion; with the
    /// id of organization 'bench' and a printable description of where it is.</summary>
    public static async Task<(VigilDatabase Database, Guid OrgId, string? TemporaryFolder, string Where)> OpenAsync(string? sqliteFile, string? postgres, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(sqliteFile) && string.IsNullOrWhiteSpace(postgres))
        {
            var (fresh, freshOrg, folder) = await FreshDatabaseAsync(ct);
            return (fresh, freshOrg, folder, fresh.Options.Describe());
        }
        var database = new VigilDatabase(string.IsNullOrWhiteSpace(postgres) ? StorageOptions.ForSqlite(sqliteFile!) : StorageOptions.ForPostgres(postgres));
        await database.MigrateAsync(ct);
        var org = await database.EnsureOrganizationAsync("bench", cancellationToken: ct);
        return (database, org.Id, null, database.Options.Describe());
    }

    public static async Task<int> CountSubjectsAsync(VigilDatabase database, Guid orgId, CancellationToken ct)
    {
        await using var db = database.CreateContext(orgId);
        return await db.Subjects.CountAsync(ct);
    }

    public static void Delete(string folder)
    {
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
