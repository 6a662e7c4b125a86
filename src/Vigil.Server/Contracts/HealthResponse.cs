namespace Vigil.Server.Contracts;

public sealed record HealthResponse(string Status, string? Detail);
