namespace Vigil.Server.Application.Sharing;

/// <summary>What partners reported about one indicator: "seen by <see cref="Organizations"/> organizations,
/// <see cref="Times"/> times". Counts only; no partner learns who the subjects are.</summary>
/// <param name="IndicatorId">The sighted <c>indicator--UUID</c>.</param>
/// <param name="Name">The indicator's name when it is one this organization serves over TAXII, else null.</param>
/// <param name="Published">True when the indicator is in one of this organization's TAXII collections.</param>
/// <param name="Observers">Observer identity ids (or reporting partners), sorted.</param>
public sealed record SightingSummary(string IndicatorId, string? Name, bool Published, int Organizations, long Times,
    DateTimeOffset LastReported, IReadOnlyList<string> Observers);
