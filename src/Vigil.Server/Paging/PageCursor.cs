namespace Vigil.Server.Paging;

/// <summary>A keyset position: the last row's sort key (score, ticks...) and id, plus the instant the first page was
/// taken (relative filters such as "younger than 24 h" stay fixed while paging).</summary>
public sealed record PageCursor(long SortKey, Guid Id, long Anchor);
