using Vigil.Core.Detection.Network;
using Vigil.Core.Reference;

namespace Vigil.Server.Application.Monitoring;

/// <summary>The reference data monitoring reads: IP intelligence, the RMM catalog, the USB catalog, and
/// cross-organization egress sightings.</summary>
public sealed record MonitoringReferences(
    IIpIntelligence Ip,
    IRemoteAccessCatalog RemoteAccess,
    IUsbDeviceCatalog Usb,
    IEgressSightings? Sightings = null);
