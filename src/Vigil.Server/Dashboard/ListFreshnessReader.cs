using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Server.Application.Sanctions;
using Vigil.Server.Contracts;
using Vigil.Storage;

namespace Vigil.Server.Dashboard;

/// <summary>
/// Reads which sanctions lists are loaded and how fresh they are, for the overview: the current stored list version
/// (<c>vigil lists load</c> / <c>lists update</c>) with its per-source entry counts and publication dates. Never throws
/// on unreadable per-source facts: the overview must not go down over them; they read as "no lists loaded".
/// </summary>
public static class ListFreshnessReader
{
    public static async Task<IReadOnlyList<ListFreshness>> ReadAsync(VigilDbContext db, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var current = await db.ListVersions.AsNoTracking()
            .Where(v => v.IsCurrent)
            .Select(v => new { v.Label, v.LoadedAt, v.SourcesJson })
            .FirstOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            return [];
        }
        Dictionary<string, SanctionsListStore.SourceInfo>? sources;
        try
        {
            sources = JsonSerializer.Deserialize<Dictionary<string, SanctionsListStore.SourceInfo>>(current.SourcesJson);
        }
        catch (JsonException)
        {
            return [];
        }
        return (sources ?? []).OrderBy(s => s.Key, StringComparer.Ordinal).Select(s =>
        {
            var since = TryParseDate(s.Value.Published) ?? current.LoadedAt;
            return new ListFreshness(s.Key, s.Value.Entries, s.Value.Published, current.Label, current.LoadedAt, Math.Round((now - since).TotalDays, 1));
        }).ToList();
    }

    private static DateTimeOffset? TryParseDate(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var d) ? d : null;
}
