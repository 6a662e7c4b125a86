using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Server.Taxii;
using Vigil.Sharing.Stix;
using Vigil.Sharing.Stix.Objects;
using Vigil.Sharing.Stix.Serialization;
using Vigil.Sharing.Taxii;
using Vigil.Storage;
using Vigil.Storage.Sharing;

namespace Vigil.Server.Application.Sharing;

/// <summary>
/// TAXII collections and objects in the Vigil database, so any number of server processes serve the same data.
/// Adds are idempotent (an object version already present counts as a success, as medallion does); date_added is
/// unique per collection and strictly increasing, so paging by <c>next</c> or by <c>added_after</c> never skips
/// or repeats an object.
/// </summary>
public sealed class TaxiiStore
{
    private readonly VigilDatabase _database;
    private readonly TaxiiOptions _options;
    private readonly TimeProvider _time;
    private readonly Lazy<Task<Guid>> _ready;

    public TaxiiStore(VigilDatabase database, TaxiiOptions options, TimeProvider? time = null)
    {
        _database = database;
        _options = options;
        _time = time ?? TimeProvider.System;
        _ready = new Lazy<Task<Guid>>(InitializeAsync);
    }

    /// <summary>The organization the server hosts; creates schema and configured collections on first use.</summary>
    public Task<Guid> ReadyAsync() => _ready.Value;

    private async Task<Guid> InitializeAsync()
    {
        await SharingSchema.EnsureAsync(_database);
        var org = await _database.EnsureOrganizationAsync(_options.Organization, _time);
        await using var db = _database.CreateContext(org.Id);
        foreach (var c in _options.Collections)
        {
            if (!await db.Set<TaxiiCollectionRecord>().AnyAsync(x => x.Id == c.Id))
            {
                db.Add(new TaxiiCollectionRecord
                {
                    Id = c.Id,
                    OrgId = org.Id,
                    Title = c.Title,
                    Description = c.Description,
                    Alias = c.Alias,
                    CreatedAtUs = TaxiiTime.ToMicros(_time.GetUtcNow()),
                });
            }
        }
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Another server process created them at the same moment.
        }
        return org.Id;
    }

    public async Task<List<TaxiiCollectionRecord>> CollectionsAsync(CancellationToken cancellationToken)
    {
        var org = await ReadyAsync();
        await using var db = _database.CreateContext(org);
        return await db.Set<TaxiiCollectionRecord>().AsNoTracking().Where(c => c.OrgId == org).OrderBy(c => c.Title).ToListAsync(cancellationToken);
    }

    public async Task<TaxiiCollectionRecord?> CollectionAsync(string id, CancellationToken cancellationToken)
    {
        var org = await ReadyAsync();
        await using var db = _database.CreateContext(org);
        return await db.Set<TaxiiCollectionRecord>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.OrgId == org, cancellationToken);
    }

    /// <summary>Creates a collection (CLI); returns false when the id exists.</summary>
    public async Task<bool> CreateCollectionAsync(TaxiiCollectionOptions c, CancellationToken cancellationToken)
    {
        var org = await ReadyAsync();
        await using var db = _database.CreateContext(org);
        if (await db.Set<TaxiiCollectionRecord>().AnyAsync(x => x.Id == c.Id, cancellationToken))
        {
            return false;
        }
        db.Add(new TaxiiCollectionRecord { Id = c.Id, OrgId = org, Title = c.Title, Description = c.Description, Alias = c.Alias, CreatedAtUs = TaxiiTime.ToMicros(_time.GetUtcNow()) });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>One page (up to <see cref="TaxiiQuery.Limit"/> + 1 rows, so the caller knows whether there is more).</summary>
    public async Task<List<TaxiiObjectRecord>> QueryAsync(string collectionId, string? objectId, TaxiiQuery query, CancellationToken cancellationToken)
    {
        await ReadyAsync();
        await using var db = _database.CreateContext();
        var q = Filter(db.Set<TaxiiObjectRecord>().AsNoTracking().Where(o => o.CollectionId == collectionId), objectId, query);
        return await q.OrderBy(o => o.DateAddedUs).Take(query.Limit + 1).ToListAsync(cancellationToken);
    }

    private static IQueryable<TaxiiObjectRecord> Filter(IQueryable<TaxiiObjectRecord> q, string? objectId, TaxiiQuery query)
    {
        if (objectId is not null)
        {
            q = q.Where(o => o.StixId == objectId);
        }
        if (query.Ids.Count > 0)
        {
            var ids = query.Ids.ToList();
            q = q.Where(o => ids.Contains(o.StixId));
        }
        if (query.Types.Count > 0)
        {
            var types = query.Types.ToList();
            q = q.Where(o => types.Contains(o.Type));
        }
        if (query.SpecVersions.Count > 0)
        {
            var specs = query.SpecVersions.ToList();
            q = q.Where(o => specs.Contains(o.SpecVersion));
        }
        if (!query.VersionAll)
        {
            var first = query.VersionFirst;
            var last = query.VersionLast;
            var exact = query.VersionsUs.ToList();
            q = q.Where(o => (first && o.IsFirst) || (last && o.IsLatest) || exact.Contains(o.VersionUs));
        }
        if (query.AddedAfterUs is { } after)
        {
            q = q.Where(o => o.DateAddedUs > after);
        }
        if (query.NextUs is { } next)
        {
            q = q.Where(o => o.DateAddedUs > next);
        }
        return q;
    }

    public async Task<int> DeleteAsync(string collectionId, string objectId, TaxiiQuery query, CancellationToken cancellationToken)
    {
        await ReadyAsync();
        await using var db = _database.CreateContext();
        var q = Filter(db.Set<TaxiiObjectRecord>().Where(o => o.CollectionId == collectionId), objectId, query with { AddedAfterUs = null, NextUs = null });
        var deleted = await q.ExecuteDeleteAsync(cancellationToken);
        await RecomputeFlagsAsync(db, collectionId, [objectId], cancellationToken);
        return deleted;
    }

    /// <summary>
    /// Stores parsed objects; each becomes a success (stored or already present) or a failure. Sightings among them
    /// are also recorded for the hosting organization as reported by <paramref name="reporter"/> (the partner).
    /// </summary>
    public async Task<TaxiiAddResult> AddAsync(string collectionId, IReadOnlyList<StixReadResult> items, CancellationToken cancellationToken, string? reporter = null)
    {
        var org = await ReadyAsync();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var result = await TryAddAsync(collectionId, items, cancellationToken);
                // The hosting organization's own sightings (published in its own collection for partners to pull)
                // are not reports to it.
                var self = Vigil.Sharing.Export.StixExporter.ProducerIdentityId(_options.Organization);
                var sightings = items.Select(i => i.Object).OfType<Sighting>().Where(s => s.CreatedByRef != self).ToList();
                if (sightings.Count > 0)
                {
                    await new SightingService(_database, _time).RecordAsync(org, sightings, reporter ?? "taxii:" + collectionId, cancellationToken);
                }
                return result;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another process took the same date_added values; read the new maximum and try again.
            }
        }
    }

    private async Task<TaxiiAddResult> TryAddAsync(string collectionId, IReadOnlyList<StixReadResult> items, CancellationToken cancellationToken)
    {
        var successes = new List<TaxiiStatusDetail>();
        var failures = new List<TaxiiStatusDetail>();
        await using var db = _database.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var set = db.Set<TaxiiObjectRecord>();
        var maxAdded = await set.Where(o => o.CollectionId == collectionId).MaxAsync(o => (long?)o.DateAddedUs, cancellationToken) ?? 0;
        var nextAdded = Math.Max(TaxiiTime.ToMicros(_time.GetUtcNow()), maxAdded + 1);

        var ids = items.Where(i => i.Object is not null).Select(i => i.Object!.Id).Distinct(StringComparer.Ordinal).ToList();
        var existing = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(500))
        {
            var rows = await set.Where(o => o.CollectionId == collectionId && chunk.Contains(o.StixId))
                .Select(o => new { o.StixId, o.VersionUs }).ToListAsync(cancellationToken);
            foreach (var r in rows)
            {
                if (!existing.TryGetValue(r.StixId, out var list))
                {
                    existing[r.StixId] = list = [];
                }
                list.Add(r.VersionUs);
            }
        }
        var changedFlags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item.Object is not { } obj)
            {
                failures.Add(new TaxiiStatusDetail(item.Error?.Path ?? "", "", item.Error?.Message));
                continue;
            }
            var stamp = obj.Modified ?? obj.Created;
            existing.TryGetValue(obj.Id, out var versions);
            if (stamp is null && versions is { Count: > 0 })
            {
                // An unversioned object (SCO) already present: nothing new to store.
                successes.Add(new TaxiiStatusDetail(obj.Id, TaxiiTime.Format(versions.Max()), "already present"));
                continue;
            }
            var added = nextAdded++;
            var versionUs = stamp is { } s ? TaxiiTime.ToMicros(s) : added;
            var versionText = stamp?.ToString() ?? TaxiiTime.Format(added);
            if (versions is not null && versions.Contains(versionUs))
            {
                successes.Add(new TaxiiStatusDetail(obj.Id, versionText, "already present"));
                nextAdded--;
                continue;
            }
            var isFirst = versions is null || versionUs < versions.Min();
            var isLatest = versions is null || versionUs > versions.Max();
            if (versions is not null)
            {
                changedFlags.Add(obj.Id);
            }
            set.Add(new TaxiiObjectRecord
            {
                CollectionId = collectionId,
                StixId = obj.Id,
                Type = obj.Type,
                SpecVersion = obj.SpecVersion ?? StixConstants.SpecVersion,
                Version = versionText,
                VersionUs = versionUs,
                DateAddedUs = added,
                IsFirst = isFirst,
                IsLatest = isLatest,
                Json = StixSerializer.Serialize(obj),
            });
            (existing.TryGetValue(obj.Id, out var l) ? l : existing[obj.Id] = []).Add(versionUs);
            successes.Add(new TaxiiStatusDetail(obj.Id, versionText));
        }
        await db.SaveChangesAsync(cancellationToken);
        if (changedFlags.Count > 0)
        {
            await RecomputeFlagsAsync(db, collectionId, changedFlags, cancellationToken);
        }
        await tx.CommitAsync(cancellationToken);
        return new TaxiiAddResult(successes, failures);
    }

    private static async Task RecomputeFlagsAsync(VigilDbContext db, string collectionId, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var set = db.Set<TaxiiObjectRecord>();
        foreach (var id in ids)
        {
            var rows = await set.Where(o => o.CollectionId == collectionId && o.StixId == id).ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                continue;
            }
            var min = rows.Min(r => r.VersionUs);
            var max = rows.Max(r => r.VersionUs);
            foreach (var r in rows)
            {
                r.IsFirst = r.VersionUs == min;
                r.IsLatest = r.VersionUs == max;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<TaxiiStatus> SaveStatusAsync(string collectionId, long requestUs, TaxiiAddResult result, CancellationToken cancellationToken)
    {
        await ReadyAsync();
        var status = new TaxiiStatus(Guid.NewGuid().ToString("D"), "complete", TaxiiTime.Format(requestUs),
            result.Successes.Count + result.Failures.Count, result.Successes.Count, result.Failures.Count, 0,
            result.Successes, result.Failures, []);
        await using var db = _database.CreateContext();
        db.Add(new TaxiiStatusRecord
        {
            Id = status.Id,
            CollectionId = collectionId,
            Status = status.Status,
            RequestTimestampUs = requestUs,
            TotalCount = status.TotalCount,
            SuccessCount = status.SuccessCount,
            FailureCount = status.FailureCount,
            PendingCount = 0,
            DetailsJson = JsonSerializer.Serialize(status, TaxiiJsonContext.Default.TaxiiStatus),
        });
        await db.SaveChangesAsync(cancellationToken);
        return status;
    }

    public async Task<(TaxiiStatus Status, string CollectionId)?> StatusAsync(string id, CancellationToken cancellationToken)
    {
        await ReadyAsync();
        await using var db = _database.CreateContext();
        var row = await db.Set<TaxiiStatusRecord>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        return row is null ? null : (JsonSerializer.Deserialize(row.DetailsJson, TaxiiJsonContext.Default.TaxiiStatus)!, row.CollectionId);
    }
}
