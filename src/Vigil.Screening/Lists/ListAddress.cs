namespace Vigil.Screening.Lists;

/// <summary>An address of an entry. <paramref name="Country"/> is the ISO 3166-1 alpha-2 code when known.</summary>
public sealed record ListAddress(string Text, string? Country);
