using Vigil.Core.Events;

namespace Vigil.Core.Detection.Shipping;

/// <summary>A streaming detector over equipment shipments (see <c>ISignInDetector</c> for the contract).</summary>
public interface IShipmentDetector
{
    string DetectorId { get; }

    void Observe(Shipment shipment);

    IReadOnlyList<SubjectFinding> Complete();
}
