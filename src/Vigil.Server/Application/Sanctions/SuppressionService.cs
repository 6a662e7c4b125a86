using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Scoring;
using Vigil.Screening.Applicants;
using Vigil.Storage;
using Vigil.Storage.Auth;
using Vigil.Storage.Lists;

namespace Vigil.Server.Application.Sanctions;

/// <summary>
/// False-positive marking of (subject, list entry) pairs with reason and analyst. Each decision is stored with the
/// entry's current content hash and an audit entry in the same transaction; the subject's alert is then re-screened
/// so the suppressed finding leaves it. The pair is screened again as soon as the list changes the entry.
/// </summary>
public sealed class SuppressionService(VigilDatabase database, TimeProvider? time = null, RiskScorer? scorer = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <param name="subject">The subject's external id, or its Vigil id (GUID).</param>
    public async Task<SuppressionView> SuppressAsync(Guid orgId, string subject, string entryId, string reason, string analyst, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new SanctionsInputException("a reason is required");
        }
        if (string.IsNullOrWhiteSpace(analyst))
        {
            throw new SanctionsInputException("an analyst is required");
        }
        if (string.IsNullOrWhiteSpace(subject) || string.IsNullOrWhiteSpace(entryId))
        {
            throw new SanctionsInputException("subject and entry are required");
        }
        await using var db = database.CreateContext(orgId);
        var found = Guid.TryParse(subject, out var sid)
            ? await db.Subjects.AsNoTracking().Where(s => s.Id == sid || s.ExternalId == subject).Select(s => new { s.Id, s.ExternalId }).FirstOrDefaultAsync(cancellationToken)
            : await db.Subjects.AsNoTracking().Where(s => s.ExternalId == subject).Select(s => new { s.Id, s.ExternalId }).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            throw new SanctionsInputException($"no subject '{subject}' in this organization", notFound: true);
        }
        var current = await db.ListVersions.AsNoTracking().FirstOrDefaultAsync(v => v.IsCurrent, cancellationToken)
            ?? throw new SanctionsInputException("no sanctions lists are stored; load them first (vigil lists load)", notFound: true);
        var entry = await db.ListEntries.AsNoTracking().Where(e => e.VersionId == current.Id && e.EntryId == entryId)
            .Select(e => new { e.EntryId, e.ContentHash }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new SanctionsInputException($"no entry '{entryId}' in the current list version {current.Label}", notFound: true);
        var existing = await db.SanctionsSuppressions.FirstOrDefaultAsync(s => s.SubjectId == found.Id && s.EntryId == entryId, cancellationToken);
        var now = _time.GetUtcNow();
        var record = existing ?? new SanctionsSuppression
        {
            Id = Guid.NewGuid(),
            OrgId = orgId,
            SubjectId = found.Id,
            EntryId = entryId,
            EntryHash = entry.ContentHash,
            Reason = reason,
            Analyst = analyst,
        };
        record.EntryHash = entry.ContentHash;
        record.Reason = reason.Trim();
        record.Analyst = analyst.Trim();
        record.CreatedAt = now;
        if (existing is null)
        {
            db.SanctionsSuppressions.Add(record);
        }
        var details = JsonSerializer.Serialize(new { subject = found.ExternalId, subjectId = found.Id, entry = entryId, entryHash = entry.ContentHash, listVersion = current.Label, reason = record.Reason });
        await AuditLog.SaveWithAuditAsync(db, record.Analyst, "sanctions.suppress", $"subject:{found.Id}", details, _time, cancellationToken);

        // Take the suppressed finding off the subject's alert now, not at the next list change.
        var store = new SanctionsListStore(database, _time, scorer);
        if (await store.CurrentIndexAsync(cancellationToken) is { } loaded)
        {
            await new SanctionsRescreener(database, _time, scorer).RescreenSubjectsAsync(orgId, loaded.Index, loaded.Hashes, [found.Id], cancellationToken);
        }
        return new SuppressionView(record.Id, found.Id, found.ExternalId, entryId, record.EntryHash, entry.ContentHash, true, record.Reason, record.Analyst, record.CreatedAt);
    }

    /// <summary>The organization's decisions, newest first, each marked active or lapsed (entry changed or gone).</summary>
    public async Task<IReadOnlyList<SuppressionView>> ListAsync(Guid orgId, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext(orgId);
        var rows = await db.SanctionsSuppressions.AsNoTracking().OrderByDescending(s => s.CreatedAt).ToListAsync(cancellationToken);
        var subjectIds = rows.Select(r => r.SubjectId).Distinct().ToList();
        var names = await db.Subjects.AsNoTracking().Where(s => subjectIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.ExternalId, cancellationToken);
        var entryIds = rows.Select(r => r.EntryId).Distinct().ToList();
        var current = await db.ListVersions.AsNoTracking().Where(v => v.IsCurrent).Select(v => (Guid?)v.Id).FirstOrDefaultAsync(cancellationToken);
        var hashes = current is null ? [] : await db.ListEntries.AsNoTracking().Where(e => e.VersionId == current && entryIds.Contains(e.EntryId))
            .ToDictionaryAsync(e => e.EntryId, e => e.ContentHash, StringComparer.Ordinal, cancellationToken);
        return rows.Select(r =>
        {
            var now = hashes.GetValueOrDefault(r.EntryId);
            return new SuppressionView(r.Id, r.SubjectId, names.GetValueOrDefault(r.SubjectId, ""), r.EntryId, r.EntryHash, now, now == r.EntryHash, r.Reason, r.Analyst, r.CreatedAt);
        }).ToList();
    }

    /// <summary>The decisions visible to <paramref name="db"/> (its organization scope) as a lookup for screening.</summary>
    public static async Task<SuppressionSet> LoadSetAsync(VigilDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.SanctionsSuppressions.AsNoTracking().Select(s => new { s.SubjectId, s.EntryId, s.EntryHash }).ToListAsync(cancellationToken);
        return new SuppressionSet(rows.Select(r => (r.SubjectId, r.EntryId, r.EntryHash)));
    }
}
