namespace Vigil.Server.Contracts;

/// <summary>One loaded sanctions source: entries, the publication date the file states, when Vigil stored it and how
/// old that is (age in days counts from the publication date when known, else from the load).</summary>
public sealed record ListFreshness(string Source, int Entries, string? PublishedVersion, string StoredVersion, DateTimeOffset LoadedAt, double AgeDays);
