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
/// Thread-safe: the indexes lock internally and refreshes are serialized.
/// </remarks>
public sealed class WarmContentIndex
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, (Guid Subject, DocumentKind Kind)> _documentOwners = [];
    private readonly Dictionary<Guid, PhotoHash> _photos = [];
    private long _documentWatermark;
    private long _photoWatermark;

    public WarmContentIndex(ScreeningOptions options)
    {
        Options = options;
        Documents = new NearDuplicateIndex(new NearDuplicateOptions { Threshold = options.NearDuplicateThreshold });
    }

    public ScreeningOptions Options { get; }

    public NearDuplicateIndex Documents { get; }

    public PhotoHashIndex Photos { get; } = new();

    /// <summary>Documents and photos indexed so far.</summary>
    public (int Documents, int Photos) Count => (Documents.Count, Photos.Count);

    /// <summary>Adds every document and photo hash stored since the last refresh (all of them the first time).</summary>
    public async Task RefreshAsync(VigilDatabase database, Guid orgId, CancellationToken cancellationToken)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            await using var db = database.CreateContext(orgId);
            var docWatermark = Interlocked.Read(ref _documentWatermark);
            const int page = 20_000;
            while (true)
            {
                var rows = await db.SubjectDocuments.AsNoTracking()
                    .Where(d => d.Id > docWatermark)
                    .OrderBy(d => d.Id)
                    .Select(d => new { d.Id, d.SubjectId, d.Kind, d.Text })
                    .Take(page)
                    .ToListAsync(cancellationToken);
                if (rows.Count == 0)
                {
                    break;
                }
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
                docWatermark = rows[^1].Id;
                Interlocked.Exchange(ref _documentWatermark, docWatermark);
                if (rows.Count < page)
                {
                    break;
                }
            }

            var photoWatermark = Interlocked.Read(ref _photoWatermark);
            var hashes = await db.SubjectIdentifiers.AsNoTracking()
                .Where(i => i.Id > photoWatermark && i.Kind == IdentifierKind.PhotoHash)
                .OrderBy(i => i.Id)
                .Select(i => new { i.Id, i.SubjectId, i.Value })
                .ToListAsync(cancellationToken);
            foreach (var h in hashes)
            {
                if (PhotoHash.TryParse(h.Value, out var hash))
                {
                    AddPhoto(h.SubjectId, hash);
                }
            }
            if (hashes.Count > 0)
            {
                Interlocked.Exchange(ref _photoWatermark, hashes[^1].Id);
            }
        }
        finally
        {
            _refresh.Release();
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

    /// <summary>Stored subjects whose photo is within the match distance, with their hashes, excluding <paramref name="self"/>.</summary>
    public IReadOnlyList<(Guid Subject, PhotoHash Hash)> PhotoMatches(PhotoHash hash, Guid self)
    {
        var result = new List<(Guid, PhotoHash)>();
        foreach (var m in Photos.Query(hash, Options.PhotoMatchDistance))
        {
            if (m.Id == self)
            {
                continue;
            }
            lock (_gate)
            {
                if (_photos.TryGetValue(m.Id, out var h))
                {
                    result.Add((m.Id, h));
                }
            }
        }
        return result;
    }

    private void AddPhoto(Guid subject, PhotoHash hash)
    {
        lock (_gate)
        {
            if (_photos.TryGetValue(subject, out var existing) && existing == hash)
            {
                return;
            }
            _photos[subject] = hash;
        }
        Photos.Add(subject, hash);
    }

    /// <summary>Index key of a stored document row: its row id as a GUID (row ids are unique per database).</summary>
    private static Guid DocumentKey(long rowId)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, rowId);
        return new Guid(bytes);
    }
}
