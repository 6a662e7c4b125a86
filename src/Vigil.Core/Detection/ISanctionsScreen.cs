namespace Vigil.Core.Detection;

/// <summary>
/// A sanctions screen (OFAC SDN, UN 1718, OpenSanctions): the engine lives in Vigil.Screening; detectors see only this.
/// Implementations are thread-safe and never throw on content.
/// </summary>
public interface ISanctionsScreen
{
    /// <summary>Matches at or above the engine's own reporting floor, best first.</summary>
    IReadOnlyList<SanctionsMatch> Screen(SanctionsQuery query);
}
