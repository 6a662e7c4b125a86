using System.Text.Json;
using Vigil.Core.Cases;
using Vigil.Core.Model;
using Vigil.Server.Contracts;
using Vigil.Server.Json;

namespace Vigil.Server.Apis;

/// <summary>Entity → contract conversions shared by the APIs.</summary>
public static class ApiMapping
{
    public static IReadOnlyList<string> SplitIds(string csv) =>
        csv.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Reads <c>Alert.FindingsJson</c>; a malformed document yields no findings rather than an error page.</summary>
    public static IReadOnlyList<FindingDto> ParseFindings(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }
        try
        {
            return JsonSerializer.Deserialize(json, VigilJsonContext.Default.ListFindingDto) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public static AlertResponse ToResponse(Alert a, string subjectName, bool withFindings) => new(
        a.Id, a.SubjectId, subjectName, Math.Round(a.Score, 2), a.Level.ToString(), a.Status.ToString(), a.TopReason,
        SplitIds(a.IndicatorIds), SplitIds(a.DetectorIds), a.Assignee, a.CaseId, a.ClusterId, a.CreatedAt, a.UpdatedAt,
        withFindings ? ParseFindings(a.FindingsJson) : null);

    public static SubjectSummary ToSummary(Subject s) =>
        new(s.Id, s.ExternalId, s.FullName, s.Kind.ToString(), s.Status.ToString(), s.ClaimedCountry, s.Position);

    public static CaseSummary ToSummary(Case c, int alertCount, DateTimeOffset now) => new(
        c.Id, c.Title, c.Status.ToString(), c.Disposition.ToString(), c.Assignee, c.DueAt, c.CreatedAt, c.UpdatedAt, c.Version,
        alertCount, c.Status != CaseStatus.Closed && c.DueAt is { } due && due < now);

    public static AuditResponse ToResponse(AuditEntry e) => new(e.Sequence, e.At, e.Actor, e.Action, e.Target, e.DetailsJson, e.Hash);

    public static NoteResponse ToResponse(CaseNote n) => new(n.Id, n.Author, n.Text, n.EvidenceRef, n.At);

    public static string Details(params (string Key, string? Value)[] pairs)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in pairs)
        {
            if (v is not null)
            {
                d[k] = v;
            }
        }
        return JsonSerializer.Serialize(d, VigilJsonContext.Default.DictionaryStringString);
    }

    public static string CaseTarget(Guid id) => "case/" + id;

    public static string AlertTarget(Guid id) => "alert/" + id;

    /// <summary>Case-insensitive enum parse that refuses numbers and undefined names.</summary>
    public static bool TryParseName<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text) || char.IsDigit(text.Trim()[0]) || text.Trim()[0] == '-')
        {
            return false;
        }
        var normalized = text.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return Enum.TryParse(normalized, ignoreCase: true, out value) && Enum.IsDefined(value);
    }
}
