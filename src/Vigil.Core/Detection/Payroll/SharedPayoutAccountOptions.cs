namespace Vigil.Core.Detection.Payroll;

/// <summary>Settings of <see cref="SharedPayoutAccountDetector"/>.</summary>
public sealed record SharedPayoutAccountOptions
{
    /// <summary>Weight (PAY-05 is H: one account, several "workers"). Default 50.</summary>
    public double Weight { get; init; } = 50;
}
