namespace Vigil.Server.Contracts;

public sealed record ClusterResponse(Guid RootId, IReadOnlyList<ClusterNode> Nodes, IReadOnlyList<ClusterEdge> Edges,
    IReadOnlyList<ClusterFinding> Findings, bool Truncated);
