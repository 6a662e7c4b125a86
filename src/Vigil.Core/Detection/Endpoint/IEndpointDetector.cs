using Vigil.Core.Events;

namespace Vigil.Core.Detection.Endpoint;

/// <summary>A streaming detector over osquery results (see <c>ISignInDetector</c> for the contract).</summary>
public interface IEndpointDetector
{
    string DetectorId { get; }

    void Observe(DeviceSnapshot snapshot);

    IReadOnlyList<SubjectFinding> Complete();
}
