namespace Vigil.Server.Contracts;

public sealed record ClusterNode(Guid SubjectId, string FullName, string? Level, double? Score, Guid? AlertId, bool IsRoot);
