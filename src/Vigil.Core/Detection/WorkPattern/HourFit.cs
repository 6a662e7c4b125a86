namespace Vigil.Core.Detection.WorkPattern;

/// <summary>How a UTC-hour histogram fits a work-day profile across time zones.</summary>
/// <param name="BestOffset">Whole-hour UTC offset with the highest likelihood.</param>
/// <param name="GainPerEvent">Log-likelihood of the best offset minus the claimed one's, per event, nats (≥ 0
/// unless the claimed zone is a half-hour zone that beats every whole hour).</param>
/// <param name="MeanUtcHour">Circular mean of the activity hours, UTC, in [0, 24).</param>
/// <param name="Concentration">Mean resultant length in [0, 1]: 0 spread evenly round the clock, 1 one hour.</param>
/// <param name="Events">Events in the histogram.</param>
public readonly record struct HourFit(int BestOffset, double GainPerEvent, double MeanUtcHour, double Concentration, int Events);
