namespace Vigil.Server.Apis;

/// <summary>
/// The nodes and labelled edges of a cluster while <see cref="ClustersApi"/> expands it. A link held by more than
/// <see cref="ClustersApi.HubSize"/> subjects (a shared office IP, a VPN exit) is drawn to subjects already in the
/// picture but not expanded, so one hub does not pull the whole organization in; at most
/// <see cref="ClustersApi.MaxNodes"/> subjects.
/// </summary>
internal sealed class ClusterGraph(Guid root)
{
    private readonly Dictionary<(Guid, Guid), SortedSet<string>> _edges = [];

    public HashSet<Guid> Nodes { get; } = [root];

    public bool Truncated { get; private set; }

    public IEnumerable<KeyValuePair<(Guid, Guid), SortedSet<string>>> Edges => _edges;

    /// <summary>Links every member to the members of the current frontier, labelled <paramref name="kind"/>; new members
    /// go to <paramref name="next"/>.</summary>
    public void Join(string kind, IReadOnlyList<Guid> members, IReadOnlyCollection<Guid> frontier, List<Guid> next)
    {
        if (members.Count < 2)
        {
            return;
        }
        var expand = members.Count <= ClustersApi.HubSize;
        Truncated |= !expand;
        var anchors = members.Where(frontier.Contains).ToList();
        foreach (var m in members)
        {
            if (!Nodes.Contains(m))
            {
                if (!expand || Nodes.Count >= ClustersApi.MaxNodes)
                {
                    Truncated = true;
                    continue;
                }
                Nodes.Add(m);
                next.Add(m);
            }
            foreach (var a in anchors.Where(a => a != m))
            {
                var key = a.CompareTo(m) < 0 ? (a, m) : (m, a);
                if (!_edges.TryGetValue(key, out var kinds))
                {
                    _edges[key] = kinds = new SortedSet<string>(StringComparer.Ordinal);
                }
                kinds.Add(kind);
            }
        }
    }
}
