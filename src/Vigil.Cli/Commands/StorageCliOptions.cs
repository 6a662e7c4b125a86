using System.CommandLine;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary>
/// The options every storing command shares: <c>--db PATH</c> (SQLite file), <c>--postgres CONNSTR</c> and
/// <c>--org NAME</c>. Add them with <see cref="AddTo"/> and read them with <see cref="OpenAsync"/>.
/// </summary>
public sealed class StorageCliOptions
{
    public Option<string?> Db { get; } = new("--db")
    {
        Description = "SQLite database file (default: $VIGIL_HOME/vigil.db, i.e. .vigil/vigil.db in the repository)",
    };

    public Option<string?> Postgres { get; } = new("--postgres")
    {
        Description = "PostgreSQL connection string (Npgsql form, e.g. \"Host=127.0.0.1;Port=5432;Username=vigil;Database=vigil\"); overrides --db",
    };

    public Option<string> Org { get; } = new("--org")
    {
        Description = "Organization (tenant) whose data the command reads or writes; created when absent",
        DefaultValueFactory = _ => "default",
    };

    /// <summary>Default folder for Vigil's own files: <c>$VIGIL_HOME</c>, else <c>.vigil</c> in the working directory.</summary>
    public static string Home => Environment.GetEnvironmentVariable("VIGIL_HOME") is { Length: > 0 } home ? home : Path.GetFullPath(".vigil");

    public static StorageCliOptions AddTo(Command command)
    {
        var options = new StorageCliOptions();
        command.Options.Add(options.Db);
        command.Options.Add(options.Postgres);
        command.Options.Add(options.Org);
        return options;
    }

    public StorageOptions Resolve(ParseResult result, string? defaultDbFile = null)
    {
        var postgres = result.GetValue(Postgres);
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            return StorageOptions.ForPostgres(postgres);
        }
        return StorageOptions.ForSqlite(result.GetValue(Db) ?? Path.Combine(Home, defaultDbFile ?? "vigil.db"));
    }

    /// <summary>Opens (and migrates) the database and finds or creates the organization.</summary>
    public async Task<(VigilDatabase Database, Core.Model.Organization Org)> OpenAsync(ParseResult result, CancellationToken cancellationToken, string? defaultDbFile = null)
    {
        var database = new VigilDatabase(Resolve(result, defaultDbFile));
        await database.MigrateAsync(cancellationToken);
        var org = await database.EnsureOrganizationAsync(result.GetValue(Org)!, cancellationToken: cancellationToken);
        return (database, org);
    }
}
