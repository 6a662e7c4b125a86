using System.Runtime.InteropServices;
using Vigil.Core.Identifiers;

namespace Vigil.Core.Linking;

/// <summary>
/// Subjects linked by shared canonical identifiers (weighted by kind and rarity) and by near-identical documents and
/// photos; clusters by union-find (NETW-02: one operator, many personas).
/// </summary>
/// <remarks>
/// <para>Incremental: <see cref="AddSubject"/> looks up each identifier's postings and unions with the subjects that
/// already hold it, so adding one applicant costs its identifiers' postings, never a rebuild.</para>
/// <para>A value that later grows past <see cref="IdentityGraphOptions.MaxSharing"/> stops producing links
/// (<see cref="LinksOf"/> drops it) but unions it made while rare stay; <see cref="Rebuild"/> re-derives clusters
/// from scratch when that matters (the batch pipeline builds postings first, so it never sees the difference).</para>
/// Not thread-safe.
/// </remarks>
public sealed class IdentityGraph(IdentityGraphOptions? options = null)
{
    private readonly Dictionary<Guid, int> _slots = [];
    private readonly List<Guid> _ids = [];
    private readonly List<List<(IdentifierKind Kind, string Value)>> _identifiers = [];
    private readonly Dictionary<(IdentifierKind, string), List<int>> _postings = [];
    private readonly List<GraphLink> _contentLinks = [];
    private readonly Dictionary<int, List<int>> _contentBySlot = [];
    private UnionFind _sets = new();

    public IdentityGraphOptions Options { get; } = options ?? new IdentityGraphOptions();

    public int SubjectCount => _ids.Count;

    public bool Contains(Guid subject) => _slots.ContainsKey(subject);

    /// <summary>Adds a subject with its identifiers and links it to everyone already sharing a strong one.</summary>
    public void AddSubject(Guid subject, IEnumerable<Identifier> identifiers)
    {
        ArgumentNullException.ThrowIfNull(identifiers);
        if (_slots.ContainsKey(subject))
        {
            throw new ArgumentException($"Subject {subject} is already in the graph.", nameof(subject));
        }
        var slot = _sets.Add();
        _slots[subject] = slot;
        _ids.Add(subject);
        var own = new List<(IdentifierKind, string)>();
        _identifiers.Add(own);
        foreach (var id in identifiers)
        {
            if (Options.WeightOf(id.Kind) <= 0 || string.IsNullOrEmpty(id.Value) || Options.Allowlist.Contains(id.Key))
            {
                continue;
            }
            var key = (id.Kind, id.Value);
            if (own.Contains(key))
            {
                continue;
            }
            own.Add(key);
            ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(_postings, key, out _);
            list ??= [];
            list.Add(slot);
            if (Options.RarityWeight(id.Kind, list.Count) >= Options.UnionThreshold)
            {
                _sets.Union(slot, list[0]);
            }
        }
    }

    /// <summary>Links two subjects on content (near-identical résumé, the same photo).</summary>
    public void AddContentLink(Guid a, Guid b, LinkKind kind, string description)
    {
        if (!_slots.TryGetValue(a, out var sa) || !_slots.TryGetValue(b, out var sb) || sa == sb)
        {
            return;
        }
        var link = new GraphLink(a, b, kind, kind == LinkKind.SimilarPhoto ? IdentifierKind.PhotoHash : null, description, Options.ContentLinkWeight);
        _contentLinks.Add(link);
        (CollectionsMarshal.GetValueRefOrAddDefault(_contentBySlot, sa, out _) ??= []).Add(_contentLinks.Count - 1);
        (CollectionsMarshal.GetValueRefOrAddDefault(_contentBySlot, sb, out _) ??= []).Add(_contentLinks.Count - 1);
        if (Options.ContentLinkWeight >= Options.UnionThreshold)
        {
            _sets.Union(sa, sb);
        }
    }

    /// <summary>How many subjects hold this value (0 when none or not a linking kind).</summary>
    public int SharersOf(IdentifierKind kind, string value) => _postings.TryGetValue((kind, value), out var l) ? l.Count : 0;

    /// <summary>The other subjects holding this value.</summary>
    public IEnumerable<Guid> HoldersOf(IdentifierKind kind, string value) =>
        _postings.TryGetValue((kind, value), out var l) ? l.Select(s => _ids[s]) : [];

    /// <summary>Every link of one subject: shared identifiers (with rarity weight, values past the cap dropped) and
    /// content links.</summary>
    public IReadOnlyList<GraphLink> LinksOf(Guid subject)
    {
        if (!_slots.TryGetValue(subject, out var slot))
        {
            return [];
        }
        var links = new List<GraphLink>();
        foreach (var (kind, value) in _identifiers[slot])
        {
            var holders = _postings[(kind, value)];
            var weight = Options.RarityWeight(kind, holders.Count);
            if (weight <= 0)
            {
                continue;
            }
            foreach (var other in holders)
            {
                if (other != slot)
                {
                    links.Add(new GraphLink(subject, _ids[other], LinkKind.SharedIdentifier, kind, value, weight));
                }
            }
        }
        if (_contentBySlot.TryGetValue(slot, out var content))
        {
            links.AddRange(content.Select(i => _contentLinks[i]));
        }
        return links;
    }

    /// <summary>A stable cluster id for the subject's cluster: <c>C-</c> and the smallest member id's first 12 hex
    /// digits; null for a singleton.</summary>
    public string? ClusterIdOf(Guid subject)
    {
        var members = ClusterOf(subject);
        return members.Count < 2 ? null : "C-" + members.Min().ToString("N")[..12];
    }

    /// <summary>The members of the subject's cluster (itself included).</summary>
    public IReadOnlyList<Guid> ClusterOf(Guid subject)
    {
        if (!_slots.TryGetValue(subject, out var slot))
        {
            return [];
        }
        if (_sets.SizeOf(slot) == 1)
        {
            return [subject];
        }
        EnsureMembers();
        return _members![_sets.Find(slot)];
    }

    /// <summary>All clusters with at least <paramref name="minSize"/> members.</summary>
    public IEnumerable<IReadOnlyList<Guid>> Clusters(int minSize = 2)
    {
        EnsureMembers();
        return _members!.Values.Where(m => m.Count >= minSize).ToList();
    }

    private Dictionary<int, List<Guid>>? _members;
    private int _membersVersion = -1;

    private readonly Lock _membersLock = new();

    private void EnsureMembers()
    {
        // Member lists are derived lazily and cached until the graph changes. Detectors read the graph from several
        // threads at once, so the cache is built into a local dictionary under a lock and published only when whole.
        var version = _ids.Count * 31 + _contentLinks.Count;
        if (Volatile.Read(ref _members) is not null && Volatile.Read(ref _membersVersion) == version)
        {
            return;
        }
        lock (_membersLock)
        {
            if (_members is not null && _membersVersion == version)
            {
                return;
            }
            var members = new Dictionary<int, List<Guid>>();
            for (var i = 0; i < _ids.Count; i++)
            {
                (CollectionsMarshal.GetValueRefOrAddDefault(members, _sets.Find(i), out _) ??= []).Add(_ids[i]);
            }
            _members = members;
            Volatile.Write(ref _membersVersion, version);
        }
    }

    /// <summary>Re-derives clusters from the current postings (values past the cap no longer union).</summary>
    public void Rebuild()
    {
        var sets = new UnionFind();
        for (var i = 0; i < _ids.Count; i++)
        {
            sets.Add();
        }
        foreach (var ((kind, _), holders) in _postings)
        {
            if (Options.RarityWeight(kind, holders.Count) < Options.UnionThreshold)
            {
                continue;
            }
            for (var i = 1; i < holders.Count; i++)
            {
                sets.Union(holders[0], holders[i]);
            }
        }
        if (Options.ContentLinkWeight >= Options.UnionThreshold)
        {
            foreach (var l in _contentLinks)
            {
                sets.Union(_slots[l.A], _slots[l.B]);
            }
        }
        _sets = sets;
        _members = null;
    }
}
