namespace Vigil.Server.Contracts;

public sealed record EventPage(IReadOnlyList<EventResponse> Items, string? Next);
