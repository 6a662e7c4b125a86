using Spectre.Console;
using Vigil.Screening.Applicants;
using Vigil.Screening.Lists;
using Vigil.Server.Application.Sanctions;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary>
/// Sanctions lists for <c>vigil demo</c>'s fresh database: the real lists only, never invented ones. Taken from the
/// lists stored in the main database (<c>$VIGIL_HOME/vigil.db</c>) when there are any, else from the shared data
/// folder beside the repository when present; otherwise the demo runs without sanctions screening.
/// </summary>
internal static class DemoSanctions
{
    public static async Task<WatchlistSanctionsScreen?> LoadAsync(VigilDatabase demo, Guid orgId, CancellationToken cancellationToken)
    {
        var loaded = await FromMainDatabaseAsync(cancellationToken) ?? FromSharedData();
        if (loaded is null)
        {
            AnsiConsole.MarkupLine("  sanctions lists: none stored and no shared data found; sanctions screening skipped (`vigil lists load PATH`)");
            return null;
        }
        var outcome = await new SanctionsListStore(demo).StoreAsync(loaded.Value.Lists, cancellationToken);
        AnsiConsole.MarkupLine($"  sanctions lists: {loaded.Value.Lists.Entries.Count:N0} entries from {Markup.Escape(loaded.Value.From)}{(outcome.RefusedReason is { } r ? " (refused: " + Markup.Escape(r) + ")" : "")}");
        return await SanctionsScreens.ForOrganizationAsync(demo, orgId, cancellationToken);
    }

    private static async Task<(LoadedLists Lists, string From)?> FromMainDatabaseAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(StorageCliOptions.Home, "vigil.db");
        if (!File.Exists(path))
        {
            return null;
        }
        var main = new VigilDatabase(StorageOptions.ForSqlite(path));
        await main.MigrateAsync(cancellationToken);
        if (await new SanctionsListStore(main).CurrentAsync(cancellationToken) is not { } stored)
        {
            return null;
        }
        var lists = new LoadedLists();
        lists.Entries.AddRange(stored.Entries);
        return (lists, $"stored version {stored.Version.Label}");
    }

    private static (LoadedLists Lists, string From)? FromSharedData()
    {
        var repo = Environment.GetEnvironmentVariable("VIGIL_REPO") is { Length: > 0 } r ? r : Directory.GetCurrentDirectory();
        var root = Environment.GetEnvironmentVariable("VIGIL_SHARED_DATA") is { Length: > 0 } d ? d : Path.GetFullPath(Path.Combine(repo, "..", "shared", "data"));
        var files = BenchMatchCommand.ListFiles(root).ToList();
        var crypto = Path.Combine(root, "ofac-sanctioned-digital-currency-addresses");
        if (Directory.Exists(crypto))
        {
            files.AddRange(Directory.EnumerateFiles(crypto, "*.txt").Order(StringComparer.Ordinal));
        }
        if (files.Count == 0)
        {
            return null;
        }
        return (ListLoader.Load(files), root);
    }
}
