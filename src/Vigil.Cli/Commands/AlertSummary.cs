using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Vigil.Core.Cases;
using Vigil.Core.Scoring;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary>Prints an organization's alert counts and its top alerts with their reasons (used by demo and screen).</summary>
public static class AlertSummary
{
    public static async Task PrintAsync(VigilDatabase database, Guid orgId, int top, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext(orgId);
        var subjects = await db.Subjects.CountAsync(cancellationToken);
        var byLevel = await db.Alerts.GroupBy(a => a.Level).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        int Count(RiskLevel level) => byLevel.FirstOrDefault(x => x.Key == level)?.Count ?? 0;
        var high = Count(RiskLevel.High);
        var review = Count(RiskLevel.Review);

        AnsiConsole.MarkupLine($"[bold]{subjects:N0}[/] subjects screened: [red]{high:N0} high[/], [yellow]{review:N0} review[/], {subjects - high - review:N0} clear");
        var alerts = await db.Alerts.AsNoTracking()
            .Where(a => a.Status != AlertStatus.Suppressed)
            .OrderByDescending(a => a.Score).ThenBy(a => a.Id)
            .Take(top)
            .Join(db.Subjects, a => a.SubjectId, s => s.Id, (a, s) => new { a.Score, a.Level, a.TopReason, a.IndicatorIds, s.ExternalId, s.FullName, a.ClusterId })
            .ToListAsync(cancellationToken);
        if (alerts.Count == 0)
        {
            return;
        }
        var table = new Table().Border(TableBorder.Rounded).Title($"Top {alerts.Count} alerts");
        table.AddColumn("score").AddColumn("level").AddColumn("subject").AddColumn("why").AddColumn("indicators");
        foreach (var a in alerts)
        {
            var level = a.Level == RiskLevel.High ? "[red]high[/]" : a.Level == RiskLevel.Review ? "[yellow]review[/]" : "clear";
            table.AddRow($"{a.Score:0}", level, Markup.Escape($"{a.FullName} ({a.ExternalId})"), Markup.Escape(a.TopReason), Markup.Escape(a.IndicatorIds.Replace(",", ", ", StringComparison.Ordinal)));
        }
        AnsiConsole.Write(table);
    }
}
