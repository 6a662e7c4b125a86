using Vigil.Core.Cases;
using Vigil.Core.Scoring;

namespace Vigil.Server.Apis;

/// <summary>The queue's filter, validated once: the EF counts query and the ADO.NET page query both apply it.</summary>
/// <param name="Detector">Detector id as given, trimmed.</param>
/// <param name="Indicator">Indicator id, upper-cased.</param>
/// <param name="Assignee">An assignee name, or "-" for unassigned.</param>
internal sealed record AlertListFilter(IReadOnlyList<RiskLevel>? Levels, IReadOnlyList<AlertStatus>? Statuses, string? Detector,
    string? Indicator, DateTimeOffset? CreatedSince, DateTimeOffset? CreatedBefore, string? Assignee);
