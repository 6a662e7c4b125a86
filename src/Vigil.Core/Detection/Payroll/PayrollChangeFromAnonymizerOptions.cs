namespace Vigil.Core.Detection.Payroll;

/// <summary>Settings of <see cref="PayrollChangeFromAnonymizerDetector"/>.</summary>
public sealed record PayrollChangeFromAnonymizerOptions
{
    /// <summary>Weight (PAY-08 is H). Default 40.</summary>
    public double Weight { get; init; } = 40;
}
