namespace Vigil.Server.Contracts;

public sealed record CaseList(IReadOnlyList<CaseSummary> Items);
