using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Model;

namespace Vigil.Storage;

/// <summary>
/// Opens Vigil's database for one <see cref="StorageOptions"/>: creates contexts, applies migrations and finds or
/// creates organizations. Thread-safe; create one per process and a context per unit of work.
/// </summary>
public sealed class VigilDatabase
{
    private readonly DbContextOptions<SqliteVigilDbContext>? _sqlite;
    private readonly DbContextOptions<PostgresVigilDbContext>? _postgres;

    public VigilDatabase(StorageOptions options)
    {
        Options = options;
        if (options.Provider == StorageProvider.Sqlite)
        {
            var full = Path.GetFullPath(options.SqlitePath);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var cs = new SqliteConnectionStringBuilder { DataSource = full, Pooling = true, DefaultTimeout = 60 }.ToString();
            _sqlite = new DbContextOptionsBuilder<SqliteVigilDbContext>()
                .UseSqlite(cs, o => o.CommandTimeout(120))
                .AddInterceptors(SqlitePragmas.Instance)
                .Options;
        }
        else
        {
            _postgres = new DbContextOptionsBuilder<PostgresVigilDbContext>()
                .UseNpgsql(options.PostgresConnectionString, o => o.CommandTimeout(120))
                .Options;
        }
    }

    public StorageOptions Options { get; }

    /// <summary>A new unscoped context. Callers that act for an organization call
    /// <see cref="VigilDbContext.ScopeTo"/> or use <see cref="CreateContext(Guid)"/>.</summary>
    public VigilDbContext CreateContext() => _sqlite is not null
        ? new SqliteVigilDbContext(_sqlite)
        : new PostgresVigilDbContext(_postgres!);

    /// <summary>A new context limited to one organization's rows.</summary>
    public VigilDbContext CreateContext(Guid orgId) => CreateContext().ScopeTo(orgId);

    /// <summary>Applies pending migrations. Safe to call at every start and from several processes.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = CreateContext();
        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>Finds the organization by name, creating it when absent.</summary>
    public async Task<Organization> EnsureOrganizationAsync(string name, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        await using var db = CreateContext();
        var existing = await db.Organizations.FirstOrDefaultAsync(o => o.Name == name, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }
        var org = new Organization { Id = Guid.NewGuid(), Name = name, CreatedAt = (time ?? TimeProvider.System).GetUtcNow() };
        db.Organizations.Add(org);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return org;
        }
        catch (DbUpdateException)
        {
            // Another process created it first; theirs wins.
            await using var again = CreateContext();
            return await again.Organizations.FirstAsync(o => o.Name == name, cancellationToken);
        }
    }

    public async Task<Organization?> FindOrganizationAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var db = CreateContext();
        return await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Name == name, cancellationToken);
    }
}
