using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Vigil.Server.Application.Sanctions;
using Vigil.Server.Contracts;
using Vigil.Storage;

namespace Vigil.Server.Dashboard;

/// <summary>
/// Reads which sanctions lists are loaded and how fresh they are, for the overview: the current stored list version
/// (<c>vigil lists load</c> / <c>lists update</c>) with its per-source entry counts and publication dates. Unreadable
/// per-source facts read as "no lists loaded": the overview must not go down over them.
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
        return SanctionsListStore.SourcesOf(current.SourcesJson).OrderBy(s => s.Key, StringComparer.Ordinal).Select(s =>
        {
            var since = TryParseDate(s.Value.Published) ?? current.LoadedAt;
            return new ListFreshness(s.Key, s.Value.Entries, s.Value.Published, current.Label, current.LoadedAt, Math.Round((now - since).TotalDays, 1));
        }).ToList();
    }

    private static DateTimeOffset? TryParseDate(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var d) ? d : null;
}
