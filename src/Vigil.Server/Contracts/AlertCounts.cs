namespace Vigil.Server.Contracts;

public sealed record AlertCounts(int Total, IReadOnlyDictionary<string, int> ByLevel, IReadOnlyDictionary<string, int> ByStatus);
