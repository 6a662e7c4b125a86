namespace Vigil.Intel.Data;

/// <summary>The outcome of refreshing one feed. On failure the previous copy, if any, is kept untouched.</summary>
public sealed record FeedResult(string Id, string RelativePath, bool Ok, long Bytes, string? Error);
