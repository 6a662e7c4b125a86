namespace Vigil.Core.Detection.Payroll;

/// <summary>Thresholds of <see cref="FrequentPayrollChangeDetector"/>.</summary>
public sealed record FrequentPayrollChangeOptions
{
    /// <summary>Changes within <see cref="Window"/> that raise a finding. Default 3 (one move plus one correction
    /// is normal).</summary>
    public int MinChanges { get; init; } = 3;

    /// <summary>Default 90 days.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromDays(90);

    /// <summary>Weight (PAY-04 is M-H). Default 25.</summary>
    public double Weight { get; init; } = 25;
}
