using System.Text.Json;
using Vigil.Core.Cases;
using Vigil.Core.Scoring;

namespace Vigil.Server.Application.Screening;

/// <summary>Turns a screening result into the subject's alert (one per subject, updated on re-screening), shared by
/// the batch and the single-applicant paths so both store the same thing.</summary>
public static class AlertWriter
{
    /// <summary>Whether the result needs an alert row: flagged, or an existing alert whose level changes.</summary>
    public static bool NeedsWrite(ScreeningResult result, Alert? existing) =>
        result.Level != RiskLevel.Clear || (existing is not null && existing.Level != RiskLevel.Clear);

    /// <summary>Copies score, level, reasons, findings and cluster onto the alert.</summary>
    public static void Apply(Alert alert, ScreeningResult r, DateTimeOffset now)
    {
        // A subject that turns clear keeps its alert (analysts may have acted on it) with the new score.
        alert.Score = r.Score;
        alert.Level = r.Level;
        alert.TopReason = Truncate(r.Findings.Count > 0 ? r.Findings[0].Summary : "", 1000);
        alert.IndicatorIds = Truncate(string.Join(",", r.Findings.Select(f => f.Indicator).Distinct()), 1000);
        alert.DetectorIds = Truncate(string.Join(",", r.Findings.Select(f => f.Detector).Distinct()), 1000);
        alert.FindingsJson = JsonSerializer.Serialize(r.Findings, ApplicantScreeningService.JsonOptions);
        alert.ClusterId = r.ClusterId;
        alert.UpdatedAt = now;
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
