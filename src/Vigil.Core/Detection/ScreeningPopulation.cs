using System.Runtime.InteropServices;
using Vigil.Core.Identifiers;
using Vigil.Core.Linking;
using Vigil.Core.Linking.Photos;
using Vigil.Core.Linking.Text;
using Vigil.Core.Model;

namespace Vigil.Core.Detection;

/// <summary>
/// The screened population: subjects, their reviews and photo hashes, the identity graph, the near-duplicate
/// document index and the photo index, with every cross-subject document and photo match precomputed.
/// </summary>
/// <remarks>
/// <see cref="Build"/> is the batch path (shingling in parallel, then one pass of queries); <see cref="Add"/>
/// screens one more applicant against what is there without rebuilding anything. Not thread-safe while adding;
/// detectors read it concurrently afterwards.
/// </remarks>
public sealed class ScreeningPopulation
{
    private readonly Dictionary<Guid, Subject> _subjects = [];
    private readonly Dictionary<Guid, IReadOnlyList<ReviewRecord>> _reviews = [];
    private readonly Dictionary<Guid, PhotoHash> _photos = [];
    private readonly Dictionary<Guid, PhotoHash> _photoCentres = [];
    private readonly Dictionary<Guid, List<DocumentMatch>> _documentMatches = [];
    private readonly Dictionary<Guid, List<PhotoMatch>> _photoMatches = [];
    private readonly Dictionary<(Guid, DocumentKind), PreparedText> _prepared = [];
    private readonly Dictionary<(Guid, DocumentKind), Guid> _documentIds = [];
    private readonly Dictionary<Guid, (Guid Subject, DocumentKind Kind)> _documentOwners = [];
    private readonly NearDuplicateIndex _documents;
    private readonly TemplateLibrary _templates;
    private readonly PhotoHashIndex _photoIndex = new();
    private readonly PhotoHashIndex _centreIndex = new();
    private readonly ScreeningOptions _options;

    public ScreeningPopulation(ScreeningOptions? options = null)
    {
        _options = options ?? new ScreeningOptions();
        Graph = new IdentityGraph(_options.Graph);
        var textOptions = new NearDuplicateOptions { Threshold = _options.NearDuplicateThreshold };
        _documents = new NearDuplicateIndex(textOptions);
        _templates = new TemplateLibrary(textOptions);
        foreach (var (name, text) in _options.KnownTemplates)
        {
            _templates.Add(name, text);
        }
    }

    public IdentityGraph Graph { get; }
    public int Count => _subjects.Count;
    public IEnumerable<Subject> Subjects => _subjects.Values;

    /// <summary>Candidate pairs the document index confirmed or rejected by exact Jaccard.</summary>
    public long DocumentCandidatesChecked => _documents.CandidatesChecked;

    public Subject? Find(Guid id) => _subjects.GetValueOrDefault(id);

    public IReadOnlyList<ReviewRecord> ReviewsOf(Guid id) => _reviews.GetValueOrDefault(id) ?? [];

    public PhotoHash? PhotoOf(Guid id) => _photos.TryGetValue(id, out var h) ? h : null;

    public IReadOnlyList<DocumentMatch> DocumentMatchesOf(Guid id) => _documentMatches.GetValueOrDefault(id) ?? (IReadOnlyList<DocumentMatch>)[];

    public IReadOnlyList<PhotoMatch> PhotoMatchesOf(Guid id) => _photoMatches.GetValueOrDefault(id) ?? (IReadOnlyList<PhotoMatch>)[];

    /// <summary>Known templates this subject's document matches, with the Jaccard.</summary>
    public IReadOnlyList<TemplateMatch> TemplateMatchesOf(Guid id, DocumentKind kind) =>
        _templates.Count > 0 && _prepared.TryGetValue((id, kind), out var doc) ? _templates.Match(doc, _options.NearDuplicateThreshold) : [];

    /// <summary>Builds the population in one batch. <paramref name="photos"/> holds the photo hash of each subject
    /// that has a readable photo; <paramref name="reviews"/> each freelancer's reviews; <paramref name="photoCentres"/>
    /// the centre-crop hashes (<see cref="PhotoFingerprint"/>) that let a cropped copy match its original.</summary>
    public static ScreeningPopulation Build(
        IReadOnlyList<Subject> subjects,
        IReadOnlyDictionary<Guid, IReadOnlyList<ReviewRecord>>? reviews = null,
        IReadOnlyDictionary<Guid, PhotoHash>? photos = null,
        ScreeningOptions? options = null,
        IReadOnlyDictionary<Guid, PhotoHash>? photoCentres = null)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        var population = new ScreeningPopulation(options);
        // Shingling and MinHash dominate the cost; they are pure, so run them on every core first.
        var docs = subjects.SelectMany(s => s.Documents.Select(d => (s.Id, d.Kind, d.Text))).ToArray();
        var prepared = new PreparedText[docs.Length];
        Parallel.For(0, docs.Length, i => prepared[i] = population._documents.Prepare(docs[i].Text));
        foreach (var s in subjects)
        {
            population.Insert(s, reviews?.GetValueOrDefault(s.Id), photos is not null && photos.TryGetValue(s.Id, out var h) ? h : null,
                photoCentres is not null && photoCentres.TryGetValue(s.Id, out var c) ? c : null);
        }
        for (var i = 0; i < docs.Length; i++)
        {
            population.InsertDocument(docs[i].Id, docs[i].Kind, prepared[i]);
        }
        foreach (var s in subjects)
        {
            population.LinkContent(s.Id);
        }
        // Values that crossed the sharing cap while inserting must stop linking.
        population.Graph.Rebuild();
        return population;
    }

    /// <summary>Adds one subject and links it to the population (incremental screening).</summary>
    public void Add(Subject subject, IReadOnlyList<ReviewRecord>? reviews = null, PhotoHash? photo = null, PhotoHash? photoCentre = null)
    {
        ArgumentNullException.ThrowIfNull(subject);
        Insert(subject, reviews, photo, photoCentre);
        foreach (var d in subject.Documents)
        {
            InsertDocument(subject.Id, d.Kind, _documents.Prepare(d.Text));
        }
        LinkContent(subject.Id);
    }

    private void Insert(Subject subject, IReadOnlyList<ReviewRecord>? reviews, PhotoHash? photo, PhotoHash? photoCentre)
    {
        _subjects.Add(subject.Id, subject);
        if (reviews is { Count: > 0 })
        {
            _reviews[subject.Id] = reviews;
        }
        var identifiers = subject.Identifiers.Select(i => i.ToIdentifier());
        if (photo is { } hash)
        {
            _photos[subject.Id] = hash;
            _photoIndex.Add(subject.Id, hash);
            identifiers = identifiers.Append(new Identifier(IdentifierKind.PhotoHash, hash.ToHex(), subject.PhotoRef ?? hash.ToHex(), true));
            if (photoCentre is { } centre)
            {
                _photoCentres[subject.Id] = centre;
                _centreIndex.Add(subject.Id, centre);
            }
        }
        Graph.AddSubject(subject.Id, identifiers);
    }

    private void InsertDocument(Guid subject, DocumentKind kind, PreparedText doc)
    {
        if (doc.ShingleCount < _options.MinDocumentShingles)
        {
            return;
        }
        if (_prepared.TryAdd((subject, kind), doc))
        {
            // The index is keyed by document; a fresh id per (subject, kind) maps matches back to their owner.
            var id = Guid.NewGuid();
            _documentIds[(subject, kind)] = id;
            _documentOwners[id] = (subject, kind);
            _documents.Add(id, doc);
        }
    }

    /// <summary>Finds this subject's near-identical documents and photos among others and records them both ways.</summary>
    private void LinkContent(Guid id)
    {
        var subject = _subjects[id];
        foreach (var d in subject.Documents)
        {
            if (!_prepared.TryGetValue((id, d.Kind), out var prepared))
            {
                continue;
            }
            foreach (var m in _documents.Query(prepared, _options.NearDuplicateThreshold))
            {
                var (otherSubject, otherKind) = _documentOwners[m.Id];
                if (otherSubject == id)
                {
                    continue;
                }
                var mine = List(_documentMatches, id);
                if (mine.Any(x => x.Other == otherSubject && x.Kind == d.Kind && x.OtherKind == otherKind))
                {
                    continue;
                }
                mine.Add(new DocumentMatch(d.Kind, otherSubject, otherKind, m.Jaccard));
                List(_documentMatches, otherSubject).Add(new DocumentMatch(otherKind, id, d.Kind, m.Jaccard));
                Graph.AddContentLink(id, otherSubject, LinkKind.NearDuplicateDocument,
                    $"{d.Kind} Jaccard {m.Jaccard:0.00}");
            }
        }
        if (_photos.TryGetValue(id, out var hash))
        {
            foreach (var (other, distance) in PhotoCandidates(id, hash))
            {
                var mine = List(_photoMatches, id);
                if (mine.Any(x => x.Id == other))
                {
                    continue;
                }
                mine.Add(new PhotoMatch(other, distance));
                List(_photoMatches, other).Add(new PhotoMatch(id, distance));
                Graph.AddContentLink(id, other, LinkKind.SimilarPhoto, $"photo hash distance {distance}/256");
            }
        }
    }

    /// <summary>
    /// Other subjects whose photo is within the match distance, nearest first (ties in the order found): full hash
    /// against full hashes, then, when centre hashes exist, this full hash against their centres (this photo is a crop
    /// of theirs) and this centre against their full hashes (theirs is a crop of this one); each at its smallest distance.
    /// </summary>
    private List<(Guid Other, int Distance)> PhotoCandidates(Guid id, PhotoHash hash)
    {
        var found = new List<(Guid Other, int Distance)>();
        var at = new Dictionary<Guid, int>();
        void Collect(IReadOnlyList<PhotoMatch> matches)
        {
            foreach (var (other, distance) in matches)
            {
                if (other == id)
                {
                    continue;
                }
                if (at.TryGetValue(other, out var i))
                {
                    found[i] = (other, Math.Min(found[i].Distance, distance));
                }
                else
                {
                    at[other] = found.Count;
                    found.Add((other, distance));
                }
            }
        }
        Collect(_photoIndex.Query(hash, _options.PhotoMatchDistance));
        if (_centreIndex.Count > 0)
        {
            Collect(_centreIndex.Query(hash, _options.PhotoMatchDistance));
        }
        if (_photoCentres.TryGetValue(id, out var centre))
        {
            Collect(_photoIndex.Query(centre, _options.PhotoMatchDistance));
        }
        return [.. found.OrderBy(f => f.Distance)];
    }

    private static List<T> List<T>(Dictionary<Guid, List<T>> map, Guid id) =>
        CollectionsMarshal.GetValueRefOrAddDefault(map, id, out _) ??= [];
}
