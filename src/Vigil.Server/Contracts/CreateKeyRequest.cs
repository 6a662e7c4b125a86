namespace Vigil.Server.Contracts;

public sealed record CreateKeyRequest(string? Name, string? Role);
