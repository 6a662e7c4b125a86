namespace Vigil.Server.Contracts;

public sealed record AlertPage(IReadOnlyList<AlertResponse> Items, string? Next);
