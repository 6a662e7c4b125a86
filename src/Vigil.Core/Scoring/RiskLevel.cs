namespace Vigil.Core.Scoring;

/// <summary>The triage outcome of a score: clear (no action), review (an analyst looks), high (act now).</summary>
public enum RiskLevel
{
    Clear = 0,
    Review = 1,
    High = 2,
}
