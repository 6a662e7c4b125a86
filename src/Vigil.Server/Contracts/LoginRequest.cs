namespace Vigil.Server.Contracts;

/// <summary>Exchange an API key for a dashboard session.</summary>
public sealed record LoginRequest(string? Key);
