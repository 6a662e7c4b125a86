namespace Vigil.Server.Contracts;

/// <summary>Two subjects sharing identifiers; <c>Kinds</c> names the identifier kinds they share.</summary>
public sealed record ClusterEdge(Guid From, Guid To, IReadOnlyList<string> Kinds);
