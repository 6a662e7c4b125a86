namespace Vigil.Intel.Data;

/// <summary>One stored feed: where it came from, when, and its size and SHA-256.</summary>
/// <param name="Origin">The URL downloaded, or the local file copied with <c>--from</c>.</param>
public sealed record IntelManifestEntry(string Origin, DateTimeOffset StoredAt, long Bytes, string Sha256);
