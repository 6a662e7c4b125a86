namespace Vigil.Core.Detection.WorkPattern;

/// <summary>Thresholds of <see cref="WorkingHoursDetector"/>.</summary>
public sealed record WorkingHoursOptions
{
    /// <summary>Sign-ins needed before the hour distribution is judged. Default 30 (about two working weeks).</summary>
    public int MinEvents { get; init; } = 30;

    /// <summary>UTC offsets (hours) whose better fit raises the finding. Default +8 and +9: China, Pyongyang,
    /// the Koreas, Japan.</summary>
    public IReadOnlyList<int> SuspectOffsets { get; init; } = [8, 9];

    /// <summary>How far (hours) the best-fitting offset may sit from a suspect offset. Default 2: the fit is
    /// against a 09–17 working-day shape, and a UTC+9 day that starts at 07:00 (or runs to 19:00) fits best at
    /// +11 (or +7). The gain over the claimed zone still has to reach <see cref="MinGainPerEvent"/>, so a worker
    /// truly in a UTC+10/+11 zone who claims it is never flagged.</summary>
    public double OffsetTolerance { get; init; } = 2;

    /// <summary>Mean log-likelihood gain per sign-in, in nats, that the suspect zone must have over the claimed
    /// zone. Default 0.5: about 1.65× as likely per event, far beyond what a late-working or early-rising local
    /// produces (see docs/monitoring.md).</summary>
    public double MinGainPerEvent { get; init; } = 0.5;

    /// <summary>Minimum mean resultant length of the hours on the 24-h circle. Default 0.25: activity spread
    /// evenly over the day (shift work, automation) says nothing about a zone.</summary>
    public double MinConcentration { get; init; } = 0.25;

    /// <summary>Weight of the finding (WRK-01 is M; easily circumvented). Default 35.</summary>
    public double Weight { get; init; } = 35;
}
