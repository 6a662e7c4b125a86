using Vigil.Core.Events;

namespace Vigil.Core.Detection.Network;

/// <summary>
/// A streaming detector over sign-ins: it sees each event once, keeps bounded state per subject (or per IP, per
/// device), and reports its findings when the stream ends. One instance serves one run; not thread-safe.
/// </summary>
/// <remarks>
/// Streaming keeps memory flat in file size: state grows with the number of subjects, IPs and devices, never with
/// the number of events. Events may arrive in any order (Okta pages can be newest first); detectors that need time
/// order say how they cope.
/// </remarks>
public interface ISignInDetector
{
    /// <summary>Stable detector id, e.g. <c>impossible-travel</c>.</summary>
    string DetectorId { get; }

    void Observe(SignIn signIn);

    /// <summary>Findings for everything observed. Call once, after the last <see cref="Observe"/>.</summary>
    IReadOnlyList<SubjectFinding> Complete();
}
