using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Identifiers;
using Vigil.Core.Reference;
using Vigil.Sharing.Export;
using Vigil.Sharing.KeyedHashing;
using Vigil.Sharing.Stix;
using Vigil.Sharing.Stix.Objects;
using Vigil.Sharing.Stix.Serialization;
using Vigil.Sharing.Taxii;
using Vigil.Storage;
using Vigil.Storage.Sharing;

namespace Vigil.Server.Application.Sharing;

/// <summary>
/// Sightings flowing back to the publisher. The receiving side remembers which partner indicator each imported
/// identifier came from; when its own subjects match, it emits one STIX sighting per indicator with a count of
/// matching subjects (never values or subject data) and pushes them to the publisher's TAXII collection. The
/// publishing side records sightings posted to its collections or pulled from peers and sums them per indicator.
/// </summary>
public sealed class SightingService(VigilDatabase database, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Remembers the STIX indicator each imported community identifier came from (idempotent).</summary>
    public async Task RecordReceivedAsync(Guid orgId, IReadOnlyList<CommunityIndicator> indicators, CancellationToken cancellationToken)
    {
        var referenced = indicators.Where(i => i.StixIndicatorId is not null && (i.Value ?? i.KeyedHash) is not null).ToList();
        if (referenced.Count == 0)
        {
            return;
        }
        await using var db = database.CreateContext(orgId);
        var ids = referenced.Select(i => i.StixIndicatorId!).Distinct(StringComparer.Ordinal).ToList();
        var existing = new HashSet<(string, IdentifierKind, string)>();
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var r in await db.ReceivedIndicators.AsNoTracking().Where(r => chunk.Contains(r.StixId))
                .Select(r => new { r.StixId, r.Kind, r.MatchKey }).ToListAsync(cancellationToken))
            {
                existing.Add((r.StixId, r.Kind, r.MatchKey));
            }
        }
        var now = TaxiiTime.ToMicros(_time.GetUtcNow());
        foreach (var i in referenced)
        {
            var key = i.Value ?? i.KeyedHash!;
            if (existing.Add((i.StixIndicatorId!, i.Kind, key)))
            {
                db.ReceivedIndicators.Add(new ReceivedIndicatorRecord
                {
                    OrgId = orgId,
                    StixId = i.StixIndicatorId!,
                    Kind = i.Kind,
                    Value = i.Value,
                    KeyedHash = i.KeyedHash,
                    MatchKey = key,
                    Source = i.Source.Length > 200 ? i.Source[..200] : i.Source,
                    ReceivedAtUs = now,
                });
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The sightings this organization would send: per partner indicator (optionally only those of one
    /// <paramref name="source"/>), the number of its own subjects holding the identifier.
    /// </summary>
    public async Task<List<StixObject>> OutgoingAsync(Guid orgId, string observerName, CommunityKeyring? keyring, string? source, CancellationToken cancellationToken)
    {
        await SharingSchema.EnsureAsync(database, cancellationToken);
        await using var db = database.CreateContext(orgId);
        var refs = await db.ReceivedIndicators.AsNoTracking().Where(r => source == null || r.Source == source).ToListAsync(cancellationToken);
        var own = await db.SubjectIdentifiers.AsNoTracking().Where(i => i.IsValid)
            .Select(i => new OwnIdentifier(i.Kind, i.Value, i.SubjectId)).ToListAsync(cancellationToken);
        var counts = CommunityMatcher.Match(refs, r => (r.Kind, r.Value, r.KeyedHash), own, o => (o.Kind, o.Value), keyring)
            .GroupBy(m => m.Reported.StixId, StringComparer.Ordinal)
            .Select(g => (IndicatorId: g.Key, Count: g.Select(m => m.Own.SubjectId).Distinct().Count(),
                FirstReceived: TaxiiTime.FromMicros(g.Min(m => m.Reported.ReceivedAtUs)).Value))
            .OrderBy(s => s.IndicatorId, StringComparer.Ordinal)
            .ToList();
        return counts.Count == 0 ? [] : [.. SightingExporter.Export(observerName, counts, _time)];
    }

    /// <summary>Sends <see cref="OutgoingAsync"/> to a publisher's TAXII collection; returns the sightings sent.</summary>
    public async Task<(int Sightings, List<TaxiiStatus> Statuses)> PushAsync(Guid orgId, string observerName, CommunityKeyring? keyring, string? source,
        HttpClient http, Uri url, string collectionId, AuthenticationHeaderValue? auth, CancellationToken cancellationToken)
    {
        var objects = await OutgoingAsync(orgId, observerName, keyring, source, cancellationToken);
        var sightings = objects.Count(o => o is Sighting);
        if (sightings == 0)
        {
            return (0, []);
        }
        var client = new TaxiiClient(http, url, auth);
        await client.ResolveApiRootAsync(cancellationToken);
        return (sightings, await client.AddObjectsAsync(collectionId, objects, cancellationToken: cancellationToken));
    }

    /// <summary>Stores sightings received from <paramref name="reporter"/>; a newer version of a sighting replaces its count.</summary>
    public async Task<int> RecordAsync(Guid orgId, IReadOnlyList<Sighting> sightings, string reporter, CancellationToken cancellationToken)
    {
        var valid = sightings.Where(s => s.SightingOfRef.Length > 0 && s.Id.Length > 0).ToList();
        if (valid.Count == 0)
        {
            return 0;
        }
        await using var db = database.CreateContext(orgId);
        var ids = valid.Select(s => s.Id).Distinct(StringComparer.Ordinal).ToList();
        var rows = new Dictionary<string, SightingRecord>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var r in await db.Sightings.Where(r => chunk.Contains(r.StixId)).ToListAsync(cancellationToken))
            {
                rows[r.StixId] = r;
            }
        }
        var now = TaxiiTime.ToMicros(_time.GetUtcNow());
        var changed = 0;
        foreach (var s in valid)
        {
            var modified = s.Modified ?? s.Created;
            var modifiedUs = modified is { } m ? TaxiiTime.ToMicros(m) : now;
            if (!rows.TryGetValue(s.Id, out var row))
            {
                row = new SightingRecord
                {
                    OrgId = orgId,
                    StixId = s.Id,
                    SightingOfRef = Cut(s.SightingOfRef),
                    Observer = Cut(s.CreatedByRef ?? reporter),
                    Reporter = Cut(reporter),
                    ModifiedUs = long.MinValue,
                };
                db.Sightings.Add(row);
                rows[s.Id] = row;
            }
            if (modifiedUs < row.ModifiedUs)
            {
                continue;
            }
            // A sighting without count means "seen at least once" (§5.2).
            row.Count = Math.Clamp(s.Count ?? 1, 0, 999_999_999);
            row.ModifiedUs = modifiedUs;
            row.ReceivedAtUs = now;
            changed++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return changed;
    }

    /// <summary>Per sighted indicator: how many organizations saw it and how many times, newest report first.</summary>
    public async Task<List<SightingSummary>> SummaryAsync(Guid orgId, CancellationToken cancellationToken)
    {
        await SharingSchema.EnsureAsync(database, cancellationToken);
        await using var db = database.CreateContext(orgId);
        var rows = await db.Sightings.AsNoTracking().ToListAsync(cancellationToken);
        var refs = rows.Select(r => r.SightingOfRef).Distinct(StringComparer.Ordinal).ToList();
        var collections = await db.TaxiiCollections.AsNoTracking().Where(c => c.OrgId == orgId).Select(c => c.Id).ToListAsync(cancellationToken);
        var names = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var chunk in refs.Chunk(500))
        {
            var published = await db.TaxiiObjects.AsNoTracking()
                .Where(o => collections.Contains(o.CollectionId) && chunk.Contains(o.StixId) && o.IsLatest)
                .Select(o => new { o.StixId, o.Json }).ToListAsync(cancellationToken);
            foreach (var p in published)
            {
                names[p.StixId] = StixSerializer.ParseObject(p.Json).Object is Indicator i ? i.Name : null;
            }
        }
        return [.. rows.GroupBy(r => r.SightingOfRef, StringComparer.Ordinal)
            .Select(g => new SightingSummary(g.Key, names.GetValueOrDefault(g.Key), names.ContainsKey(g.Key),
                g.Select(r => r.Observer).Distinct(StringComparer.Ordinal).Count(), g.Sum(r => (long)r.Count),
                TaxiiTime.FromMicros(g.Max(r => r.ReceivedAtUs)).Value,
                [.. g.Select(r => r.Observer).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]))
            .OrderByDescending(s => s.Organizations).ThenByDescending(s => s.Times).ThenBy(s => s.IndicatorId, StringComparer.Ordinal)];
    }

    private static string Cut(string s) => s.Length > 300 ? s[..300] : s;

    private sealed record OwnIdentifier(IdentifierKind Kind, string Value, Guid SubjectId);
}
