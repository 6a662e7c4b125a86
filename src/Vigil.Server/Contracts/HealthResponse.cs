namespace Vigil.Server.Contracts;

/// <summary>Health: status, the storage provider, and (readiness) which reference lists are loaded.</summary>
public sealed record HealthResponse(string Status, string? Detail, HealthLists? Lists = null);
