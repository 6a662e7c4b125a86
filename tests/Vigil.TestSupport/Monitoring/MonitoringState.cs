using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Identifiers;
using Vigil.Core.Model;
using Vigil.Storage;

namespace Vigil.TestSupport.Monitoring;

/// <summary>
/// Monitoring test helpers: seeds workers whose logins match <c>OktaSyntheticLog</c>'s (<c>worker00000@example.com</c>
/// …) with fixed subject ids, and snapshots an organization's stored events and alerts as comparable text, leaving
/// out what legitimately differs between two databases (row ids, organization id, creation times).
/// </summary>
public static class MonitoringState
{
    /// <summary>The fixed subject id of synthetic worker <paramref name="index"/> (same in every database).</summary>
    public static Guid WorkerId(int index) => new(index + 1, 7, 7, [7, 7, 7, 7, 7, 7, 7, 7]);

    public static async Task<Guid> SeedWorkersAsync(VigilDatabase database, string orgName, int workers, string timezone = "America/Chicago")
    {
        var org = await database.EnsureOrganizationAsync(orgName);
        var now = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await using var db = database.CreateContext(org.Id);
        for (var i = 0; i < workers; i++)
        {
            var id = WorkerId(i);
            db.Subjects.Add(new Subject
            {
                Id = id, OrgId = org.Id, ExternalId = $"w-{i:D5}", FullName = $"Worker {i}", ClaimedCountry = "US", ClaimedTimezone = timezone,
                CreatedAt = now, UpdatedAt = now, ContentHash = $"h{i}",
                Identifiers = [SubjectIdentifier.From(org.Id, id, Canonicalizer.Canonicalize(IdentifierKind.Email, $"worker{i:D5}@example.com"))],
            });
        }
        await db.SaveChangesAsync();
        return org.Id;
    }

    /// <summary>Every stored event of the organization, one line each, ordered by source and event id.</summary>
    public static async Task<List<string>> EventsAsync(VigilDatabase database, Guid orgId)
    {
        await using var db = database.CreateContext(orgId);
        var rows = await db.Events.AsNoTracking().ToListAsync();
        return rows.OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.SourceEventId, StringComparer.Ordinal)
            .Select(e => string.Join('|', e.Source, e.SourceEventId, e.SubjectId, e.Type, e.At.UtcTicks, e.Actor, e.Ip, e.DeviceId, e.UserAgent, e.Success, e.PayloadJson))
            .ToList();
    }

    /// <summary>Every alert of the organization (subject, score, level, reasons, findings), ordered by subject.</summary>
    public static async Task<List<string>> AlertsAsync(VigilDatabase database, Guid orgId)
    {
        await using var db = database.CreateContext(orgId);
        var rows = await db.Alerts.AsNoTracking().ToListAsync();
        return rows.OrderBy(a => a.SubjectId)
            .Select(a => string.Join('|', a.SubjectId, Math.Round(a.Score, 6), a.Level, a.Status, a.TopReason, a.IndicatorIds, a.DetectorIds, a.FindingsJson))
            .ToList();
    }

    /// <summary>Creates organization <paramref name="id"/>. Imported subjects' ids derive from the organization's, so
    /// two databases given the same organization id hold the same subject ids and compare line for line.</summary>
    public static async Task<Guid> CreateOrganizationAsync(VigilDatabase database, Guid id, string name = "org")
    {
        await using var db = database.CreateContext();
        db.Organizations.Add(new Organization { Id = id, Name = name, CreatedAt = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero) });
        await db.SaveChangesAsync();
        return id;
    }

    /// <summary>The organization's saved detector state (incremental monitoring), one line per part: part, fingerprint
    /// and a hash of the state JSON. The watermark (a row id) is left out: ids differ between databases.</summary>
    public static async Task<List<string>> DetectorStateAsync(VigilDatabase database, Guid orgId)
    {
        await using var db = database.CreateContext(orgId);
        var rows = await db.MonitoringStates.AsNoTracking().ToListAsync();
        return rows.OrderBy(p => p.Part, StringComparer.Ordinal)
            .Select(p => string.Join('|', p.Part, p.Fingerprint, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(p.StateJson)))))
            .ToList();
    }
}
