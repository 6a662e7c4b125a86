namespace Vigil.Server.Application.Sharing;

/// <summary>Counts of one import or pull.</summary>
public sealed record ShareImportReport(string Source, int Read, int Added, int Duplicates, int Skipped, IReadOnlyList<string> Errors)
{
    /// <summary>Partner sightings recorded (new, or a newer count of one already held).</summary>
    public int Sightings { get; init; }
}
