using Microsoft.EntityFrameworkCore;
using Vigil.Core.Detection;
using Vigil.Core.Identifiers;
using Vigil.Core.Linking.Photos;
using Vigil.Core.Linking.Text;
using Vigil.Core.Model;
using Vigil.Storage;

namespace Vigil.Server.Application.Screening;

/// <summary>
/// One organization's résumé/cover-letter LSH index and photo-hash index, kept in memory between single-applicant
/// screenings so that one new applicant is compared with every stored one without loading the population.
/// </summary>
/// <remarks>
/// Loaded lazily on first use (every stored document shingled in parallel, every stored photo hash read), then kept
/// fresh by <see cref="RefreshAsync"/>: documents and photo hashes with a row id above the last one seen are added
/// (an indexed primary-key range scan, normally empty or a few rows), so imports made by other processes appear on
/// the next call. Superseded documents of a re-imported subject stay in the index but match to the same subject.
/// Thread-safe: the indexes lock internally; refreshes are serialized, and a call that finds one running skips its own.
/// </remarks>
public sealed class WarmContentIndex
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, (Guid Subject, DocumentKind Kind)> _documentOwners = [];
    private readonly Dictionary<Guid, (PhotoHash Full, PhotoHash? Centre)> _photos = [];
    private long _documentWatermark;
    private long _photoWatermark;
    private bool _loaded;

    public WarmContentIndex(ScreeningOptions options)
    {
        Options = options;
        Documents = new NearDuplicateIndex(new NearDuplicateOptions { Threshold = options.NearDuplicateThreshold });
    }

    public ScreeningOptions Options { get; }

    public NearDuplicateIndex Documents { get; }

    /// <summary>Full hashes of the stored photos.</summary>
    public PhotoHashIndex Photos { get; } = new();

    /// <summary>Centre-crop hashes of the stored photos (<see cref="PhotoFingerprint"/>), for the ones stored with one.</summary>
    public PhotoHashIndex Centres { get; } = new();

    /// <summary>Documents and photos indexed so far.</summary>
    public (int Documents, int Photos) Count => (Documents.Count, Photos.Count);

    /// <summary>Adds every document and photo hash stored since the last refresh (all of them the first time).</summary>
    /// <remarks>
    /// Runs before every single-applicant screening, so the common case (nothing new, or only the last screened
    /// applicant's rows) must cost a few index probes, not a scan: each table's highest row id is read first (a
    /// primary-key lookup), and only rows between the watermark and it are read, as a primary-key range. That range
    /// query is deliberately not filtered by organization in SQL: with an organization condition the database
    /// prefers the organization index and reads every row the organization holds. Other organizations' rows in the
    /// range are dropped here, in memory, and never leave this method.
    /// </remarks>
    public async Task RefreshAsync(VigilDatabase database, Guid orgId, CancellationToken cancellationToken)
    {
        // Under concurrent screenings a refresh already running covers (nearly) everything a second one would read;
        // queueing behind it would serialize every request on two database round trips. Only the first load, which
        // must finish before the index answers anything, is waited for.
        if (!await _refresh.WaitAsync(Volatile.Read(ref _loaded) ? 0 : Timeout.Infinite, cancellationToken))
        {
            return;
        }
        try
        {
            await using var db = database.CreateContext(orgId);
            var docWatermark = Interlocked.Read(ref _documentWatermark);
            // Both tables' highest row ids in one round trip (two index probes): this runs before every screening.
            var maxima = await db.Organizations.AsNoTracking()
                .Where(o => o.Id == orgId)
                .Select(o => new
                {
                    Documents = db.SubjectDocuments.IgnoreQueryFilters().Max(d => (long?)d.Id),
                    Identifiers = db.SubjectIdentifiers.IgnoreQueryFilters().Max(i => (long?)i.Id),
                })
                .FirstOrDefaultAsync(cancellationToken);
            var docMax = maxima is null
                ? await db.SubjectDocuments.IgnoreQueryFilters().MaxAsync(d => (long?)d.Id, cancellationToken) ?? 0
                : maxima.Documents ?? 0;
            const int page = 20_000;
            while (docWatermark < docMax)
            {
                var from = docWatermark;
                var rows = await db.SubjectDocuments.IgnoreQueryFilters().AsNoTracking()
                    .Where(d => d.Id > from && d.Id <= docMax)
                    .OrderBy(d => d.Id)
                    .Select(d => new { d.Id, d.OrgId, d.SubjectId, d.Kind, d.Text })
                    .Take(page)
                    .ToListAsync(cancellationToken);
                if (rows.Count == 0)
                {
                    break;
                }
                AddDocuments(rows.Where(r => r.OrgId == orgId).Select(r => (r.Id, r.SubjectId, r.Kind, r.Text)).ToList(), cancellationToken);
                docWatermark = rows[^1].Id;
                Interlocked.Exchange(ref _documentWatermark, docWatermark);
            }
            Interlocked.Exchange(ref _documentWatermark, Math.Max(docWatermark, docMax));

            var photoWatermark = Interlocked.Read(ref _photoWatermark);
            var identifierMax = maxima is null
                ? await db.SubjectIdentifiers.IgnoreQueryFilters().MaxAsync(i => (long?)i.Id, cancellationToken) ?? 0
                : maxima.Identifiers ?? 0;
            if (identifierMax > photoWatermark)
            {
                var hashes = await db.SubjectIdentifiers.IgnoreQueryFilters().AsNoTracking()
                    .Where(i => i.Id > photoWatermark && i.Id <= identifierMax && i.Kind == IdentifierKind.PhotoHash)
                    .OrderBy(i => i.Id)
                    .Select(i => new { i.OrgId, i.SubjectId, i.Value, i.Detail })
                    .ToListAsync(cancellationToken);
                foreach (var h in hashes)
                {
                    if (h.OrgId == orgId && PhotoHash.TryParse(h.Value, out var hash))
                    {
                        // Hashes stored by older versions carry no centre hash: they still match whole and as crops of
                        // a new photo, just not as its uncropped original.
                        AddPhoto(h.SubjectId, hash, PhotoFingerprint.TryParseCentreDetail(h.Detail, out var centre) ? centre : null);
                    }
                }
                // Every identifier up to the maximum has been seen, photo or not: the next refresh starts after it.
                Interlocked.Exchange(ref _photoWatermark, identifierMax);
            }
            Volatile.Write(ref _loaded, true);
        }
        finally
        {
            _refresh.Release();
        }
    }

    private void AddDocuments(List<(long Id, Guid SubjectId, DocumentKind Kind, string Text)> rows, CancellationToken cancellationToken)
    {
        // Shingling dominates; it is pure, so the first load uses every core.
        var prepared = new PreparedText[rows.Count];
        if (rows.Count > 64)
        {
            Parallel.For(0, rows.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => prepared[i] = Documents.Prepare(rows[i].Text));
        }
        else
        {
            for (var i = 0; i < rows.Count; i++)
            {
                prepared[i] = Documents.Prepare(rows[i].Text);
            }
        }
        for (var i = 0; i < rows.Count; i++)
        {
            if (prepared[i].ShingleCount < Options.MinDocumentShingles)
            {
                continue;
            }
            var key = DocumentKey(rows[i].Id);
            lock (_gate)
            {
                _documentOwners[key] = (rows[i].SubjectId, rows[i].Kind);
            }
            Documents.Add(key, prepared[i]);
        }
    }

    /// <summary>Stored subjects with a document near-identical to <paramref name="document"/>, excluding <paramref name="self"/>.</summary>
    public IReadOnlyList<(Guid Subject, DocumentKind Kind, double Jaccard)> DocumentMatches(PreparedText document, Guid self)
    {
        var result = new List<(Guid, DocumentKind, double)>();
        foreach (var m in Documents.Query(document, Options.NearDuplicateThreshold))
        {
            (Guid Subject, DocumentKind Kind) owner;
            lock (_gate)
            {
                if (!_documentOwners.TryGetValue(m.Id, out owner))
                {
                    continue;
                }
            }
            if (owner.Subject != self)
            {
                result.Add((owner.Subject, owner.Kind, m.Jaccard));
            }
        }
        return result;
    }

    /// <summary>
    /// Stored subjects whose photo may be the same picture as <paramref name="photo"/>, with their full and centre
    /// hashes, excluding <paramref name="self"/>: full hash against stored full hashes (re-encoded, resized), against
    /// stored centre hashes (the new photo is a crop of a stored one) and the new centre hash against stored full
    /// hashes (a stored photo is a crop of the new one). The population built from them confirms each match with
    /// <see cref="ScreeningPopulation"/>'s own rules, so this only has to find every candidate.
    /// </summary>
    public IReadOnlyList<(Guid Subject, PhotoHash Full, PhotoHash? Centre)> PhotoMatches(PhotoFingerprint photo, Guid self)
    {
        var found = new HashSet<Guid>();
        var result = new List<(Guid, PhotoHash, PhotoHash?)>();
        void Collect(IReadOnlyList<PhotoMatch> matches)
        {
            foreach (var m in matches)
            {
                if (m.Id == self || !found.Add(m.Id))
                {
                    continue;
                }
                lock (_gate)
                {
                    if (_photos.TryGetValue(m.Id, out var h))
                    {
                        result.Add((m.Id, h.Full, h.Centre));
                    }
                }
            }
        }
        Collect(Photos.Query(photo.Full, Options.PhotoMatchDistance));
        Collect(Centres.Query(photo.Full, Options.PhotoMatchDistance));
        Collect(Photos.Query(photo.Centre, Options.PhotoMatchDistance));
        return result;
    }

    private void AddPhoto(Guid subject, PhotoHash hash, PhotoHash? centre)
    {
        lock (_gate)
        {
            if (_photos.TryGetValue(subject, out var existing) && existing.Full == hash && existing.Centre == centre)
            {
                return;
            }
            _photos[subject] = (hash, centre);
        }
        Photos.Add(subject, hash);
        if (centre is { } c)
        {
            Centres.Add(subject, c);
        }
    }

    /// <summary>Index key of a stored document row: its row id as a GUID (row ids are unique per database).</summary>
    private static Guid DocumentKey(long rowId)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, rowId);
        return new Guid(bytes);
    }
}
