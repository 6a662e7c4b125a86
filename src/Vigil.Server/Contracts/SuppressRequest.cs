namespace Vigil.Server.Contracts;

public sealed record SuppressRequest(string? Reason);
