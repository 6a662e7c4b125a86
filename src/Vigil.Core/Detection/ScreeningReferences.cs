using Vigil.Core.Reference;

namespace Vigil.Core.Detection;

/// <summary>Reference data the applicant detectors consult. Any may be absent; a detector whose data is absent
/// reports nothing (it never guesses).</summary>
public sealed record ScreeningReferences(
    IIpIntelligence? IpIntelligence = null,
    IDisposableEmailDomains? DisposableEmailDomains = null,
    ISanctionsScreen? Sanctions = null,
    ICommunityIntel? CommunityIntel = null)
{
    public static ScreeningReferences None { get; } = new();
}
