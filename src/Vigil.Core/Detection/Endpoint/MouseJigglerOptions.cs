namespace Vigil.Core.Detection.Endpoint;

/// <summary>Settings of <see cref="MouseJigglerDetector"/>.</summary>
public sealed record MouseJigglerOptions
{
    /// <summary>Weight of the finding (END-03 is M). Default 20.</summary>
    public double Weight { get; init; } = 20;

    /// <summary>Software and process names (case-insensitive substrings) of jiggler tools.</summary>
    public IReadOnlyList<string> SoftwareNames { get; init; } =
        ["Mouse Jiggler", "MouseJiggler", "Move Mouse", "MoveMouse", "Jiggler", "Caffeine", "Amphetamine", "KeepingYouAwake", "Mouse Mover", "AutoMouseMover"];
}
