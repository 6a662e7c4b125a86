namespace Vigil.Core.Detection;

/// <summary>One review a freelancer received (FRL-02): when, the rating on a 5-point scale, and who gave it.</summary>
public readonly record struct ReviewRecord(DateTimeOffset At, double Rating, string? Reviewer);
