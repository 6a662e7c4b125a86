using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Scoring;
using Vigil.Screening.Lists;
using Vigil.Screening.Matching;
using Vigil.Storage;
using Vigil.Storage.Lists;

namespace Vigil.Server.Application.Sanctions;

/// <summary>
/// Sanctions lists versioned in the database: loading parses and validates the files, stores a new version (one row
/// per entry with its JSON and content hash) only when every file is usable and the content differs, computes the
/// delta against the previous version and re-screens only the stored subjects the delta can affect. The current
/// version's compiled index is cached per process by content hash.
/// </summary>
public sealed class SanctionsListStore(VigilDatabase database, TimeProvider? time = null, RiskScorer? scorer = null)
{
    /// <summary>Entry rows of this many most recent versions are kept (older version rows stay, without entries).</summary>
    public const int VersionsWithEntries = 3;

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Parses <paramref name="paths"/> and, when valid and new, stores them as the current version and
    /// re-screens affected subjects. A refused load changes nothing.</summary>
    public async Task<SanctionsLoadOutcome> LoadAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return await StoreAsync(ListLoader.Load(paths), cancellationToken);
    }

    /// <summary>Stores already parsed lists (see <see cref="LoadAsync"/>): refused when any file was fatal or nothing
    /// is usable, unchanged when the content equals the current version.</summary>
    public async Task<SanctionsLoadOutcome> StoreAsync(LoadedLists loaded, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        if (loaded.AnyFatal || loaded.Entries.Count == 0)
        {
            return new SanctionsLoadOutcome(false, false, null, loaded, ListDelta.Empty, null);
        }
        var hashes = loaded.Entries.ToDictionary(e => e.Id, ListEntryHash.Compute, StringComparer.Ordinal);
        var contentHash = ListEntryHash.OfVersion(hashes);
        await using var db = database.CreateContext();
        var current = await db.ListVersions.AsNoTracking().FirstOrDefaultAsync(v => v.IsCurrent, cancellationToken);
        if (current?.ContentHash == contentHash)
        {
            // Idempotent: the same content again stores nothing and re-screens nothing.
            return new SanctionsLoadOutcome(false, true, current, loaded, ListDelta.Empty, RescreenReport.None);
        }
        var previous = current is null ? null : await db.ListEntries.AsNoTracking().Where(e => e.VersionId == current.Id)
            .ToDictionaryAsync(e => e.EntryId, e => e.ContentHash, StringComparer.Ordinal, cancellationToken);
        var delta = ListDelta.Between(previous, hashes);
        var now = _time.GetUtcNow();
        var version = new ListVersionRecord
        {
            Id = Guid.NewGuid(),
            Label = "v" + now.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture),
            Sources = string.Join(",", loaded.Entries.Select(e => e.Source).Distinct().Order(StringComparer.Ordinal)),
            SourcesJson = JsonSerializer.Serialize(loaded.Entries.GroupBy(e => e.Source).OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => new SourceInfo(g.Count(), g.Select(e => e.ListVersion).OfType<string>().Max(StringComparer.Ordinal)))),
            FilesJson = JsonSerializer.Serialize(loaded.Files.Select(f => new { file = Path.GetFileName(f.File), format = f.Format.ToString(), entries = f.Entries.Count, errors = f.Errors.Count })),
            ContentHash = contentHash,
            EntryCount = loaded.Entries.Count,
            Added = delta.Added.Count,
            Removed = delta.Removed.Count,
            Changed = delta.Changed.Count,
            RowErrors = loaded.Errors.Count,
            IsCurrent = true,
            LoadedAt = now,
        };
        var rows = loaded.Entries.Select(e => new ListEntryRecord
        {
            VersionId = version.Id,
            EntryId = e.Id,
            Source = e.Source,
            ContentHash = hashes[e.Id],
            EntryJson = ListEntryJson.Serialize(e),
        }).ToList();
        await using (var tx = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.ListVersions.Where(v => v.IsCurrent).ExecuteUpdateAsync(s => s.SetProperty(v => v.IsCurrent, false), cancellationToken);
            db.ListVersions.Add(version);
            await db.SaveChangesAsync(cancellationToken);
            await BulkWriter.InsertAsync(db, rows, cancellationToken);
            var keep = await db.ListVersions.OrderByDescending(v => v.LoadedAt).Take(VersionsWithEntries).Select(v => v.Id).ToListAsync(cancellationToken);
            await db.ListEntries.Where(e => !keep.Contains(e.VersionId)).ExecuteDeleteAsync(cancellationToken);
            await tx.CommitAsync(cancellationToken);
        }
        // Nothing stored to re-screen (a fresh install): skip building the index here.
        var report = !await db.Subjects.AnyAsync(cancellationToken) ? RescreenReport.None
            : await new SanctionsRescreener(database, _time, scorer).RescreenAsync(SanctionsIndexCache.GetOrBuild(contentHash, loaded.Entries), hashes, delta, cancellationToken);
        return new SanctionsLoadOutcome(true, false, version, loaded, delta, report);
    }

    /// <summary>The current version row, or null when no lists are stored.</summary>
    public async Task<ListVersionRecord?> CurrentVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await db.ListVersions.AsNoTracking().FirstOrDefaultAsync(v => v.IsCurrent, cancellationToken);
    }

    /// <summary>Every stored version, newest first.</summary>
    public async Task<IReadOnlyList<ListVersionRecord>> VersionsAsync(int limit = 20, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        return await db.ListVersions.AsNoTracking().OrderByDescending(v => v.LoadedAt).Take(limit).ToListAsync(cancellationToken);
    }

    /// <summary>The current version with its entries, or null when nothing is stored.</summary>
    public async Task<StoredLists?> CurrentAsync(CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var version = await db.ListVersions.AsNoTracking().FirstOrDefaultAsync(v => v.IsCurrent, cancellationToken);
        if (version is null)
        {
            return null;
        }
        var rows = await db.ListEntries.AsNoTracking().Where(e => e.VersionId == version.Id)
            .Select(e => new { e.EntryId, e.ContentHash, e.EntryJson }).ToListAsync(cancellationToken);
        var entries = new ListEntry[rows.Count];
        Parallel.For(0, rows.Count, i => entries[i] = ListEntryJson.Deserialize(rows[i].EntryJson, rows[i].EntryId));
        return new StoredLists(version, entries, rows.ToDictionary(r => r.EntryId, r => r.ContentHash, StringComparer.Ordinal));
    }

    /// <summary>The current version and its compiled index (cached per process), or null when nothing is stored.</summary>
    public async Task<(ListVersionRecord Version, WatchlistIndex Index, IReadOnlyDictionary<string, string> Hashes)?> CurrentIndexAsync(CancellationToken cancellationToken = default)
    {
        var version = await CurrentVersionAsync(cancellationToken);
        if (version is null)
        {
            return null;
        }
        if (SanctionsIndexCache.TryGet(version.ContentHash, out var cached))
        {
            return (version, cached.Index, cached.Hashes);
        }
        var stored = await CurrentAsync(cancellationToken);
        if (stored is null)
        {
            return null;
        }
        var index = SanctionsIndexCache.GetOrBuild(stored.Version.ContentHash, stored.Entries, stored.Hashes);
        return (stored.Version, index, stored.Hashes);
    }

    /// <summary>The per-source facts of a stored version; empty when the stored JSON is unreadable, so status pages
    /// degrade instead of failing.</summary>
    public static IReadOnlyDictionary<string, SourceInfo> SourcesOf(string sourcesJson)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, SourceInfo>>(sourcesJson) ?? [];
        }
        catch (JsonException)
        {
            return new Dictionary<string, SourceInfo>();
        }
    }

    /// <summary>Per-source facts stored in <see cref="ListVersionRecord.SourcesJson"/>.</summary>
    public sealed record SourceInfo(int Entries, string? Published);
}
