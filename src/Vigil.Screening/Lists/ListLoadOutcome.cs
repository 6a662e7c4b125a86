namespace Vigil.Screening.Lists;

/// <summary>Result of <see cref="ListStore.Load"/>: whether a new version was stored, its manifest, the parse
/// details and the delta against the previous version.</summary>
public sealed record ListLoadOutcome(bool Stored, ListManifest? Manifest, LoadedLists Loaded, ListDelta? Delta);
