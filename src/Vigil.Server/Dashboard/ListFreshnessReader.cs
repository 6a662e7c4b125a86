using System.Globalization;
using System.Text.Json;
using Vigil.Screening.Lists;
using Vigil.Server.Contracts;

namespace Vigil.Server.Dashboard;

/// <summary>
/// Reads which sanctions lists are loaded and how fresh they are, for the overview. Today lists live in the versioned
/// folder store of <c>vigil lists load</c> (<see cref="ListStore"/>); this is the one place to adapt when they move into
/// database tables. Never throws: no store, or an unreadable manifest, reads as "no lists loaded".
/// </summary>
public static class ListFreshnessReader
{
    /// <summary>The list store folder: <c>Vigil:Lists:Path</c>, else <c>$VIGIL_LISTS_DIR</c>, else <c>$VIGIL_HOME/lists</c>
    /// (the CLI's default, so <c>vigil serve</c> sees what <c>vigil lists load</c> stored).</summary>
    public static string ResolveRoot(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration["Vigil:Lists:Path"] is { Length: > 0 } configured)
        {
            return configured;
        }
        if (Environment.GetEnvironmentVariable("VIGIL_LISTS_DIR") is { Length: > 0 } dir)
        {
            return dir;
        }
        var home = Environment.GetEnvironmentVariable("VIGIL_HOME") is { Length: > 0 } h ? h : Path.GetFullPath(".vigil");
        return Path.Combine(home, "lists");
    }

    public static IReadOnlyList<ListFreshness> Read(string root, DateTimeOffset now)
    {
        ListManifest? manifest;
        try
        {
            manifest = Directory.Exists(root) ? new ListStore(root).CurrentManifest() : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            // A half-written or foreign folder must not take the overview down; it shows as "no lists".
            return [];
        }
        if (manifest is null)
        {
            return [];
        }
        return manifest.Sources.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s =>
        {
            var published = manifest.ListVersions.GetValueOrDefault(s.Key);
            var since = TryParseDate(published) ?? manifest.CreatedAt;
            return new ListFreshness(s.Key, s.Value, published, manifest.Version, manifest.CreatedAt, Math.Round((now - since).TotalDays, 1));
        }).ToList();
    }

    private static DateTimeOffset? TryParseDate(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var d) ? d : null;
}
