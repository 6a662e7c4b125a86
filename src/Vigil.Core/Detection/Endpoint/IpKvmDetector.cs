using Vigil.Core.Events;

namespace Vigil.Core.Detection.Endpoint;

/// <summary>
/// IP-KVM hardware on a worker's laptop (END-01): the KVM's USB gadget (PiKVM, TinyPilot, JetKVM, NanoKVM,
/// BliKVM ids and default strings) or an HDMI capture dongle, in osquery <c>usb_devices</c>.
/// </summary>
public sealed class IpKvmDetector(IUsbDeviceCatalog? catalog = null, IpKvmOptions? options = null) : IEndpointDetector
{
    public const string Id = "ip-kvm";

    private readonly IUsbDeviceCatalog _catalog = catalog ?? KnownUsbDevices.Instance;
    private readonly IpKvmOptions _options = options ?? new IpKvmOptions();
    private readonly EndpointFindingBuilder _builder = new();

    public string DetectorId => Id;

    public void Observe(DeviceSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.IsRemoval)
        {
            return;
        }
        foreach (var device in snapshot.UsbDevices)
        {
            var match = _catalog.Match(device);
            if (match is null)
            {
                continue;
            }
            var strength = match.Class switch
            {
                UsbDeviceClass.IpKvm => 3,
                UsbDeviceClass.LinuxGadget => 2,
                UsbDeviceClass.CaptureDongle => 1,
                _ => 0,
            };
            if (strength > 0)
            {
                _builder.Add(snapshot, match.Name, $"USB {match.MatchedOn} ({device.Vendor} / {device.Model})", strength);
            }
        }
    }

    public IReadOnlyList<SubjectFinding> Complete()
    {
        var findings = new List<SubjectFinding>();
        foreach (var (key, entry) in _builder.Entries)
        {
            var (weight, what) = entry.Strength switch
            {
                3 => (_options.IdentifiedWeight, "IP-KVM"),
                2 => (_options.GadgetWeight, "Linux USB gadget typical of IP-KVMs"),
                _ => (_options.CaptureWeight, "HDMI capture dongle"),
            };
            var summary = $"{what} attached: {string.Join(", ", entry.Names)}";
            findings.Add(new SubjectFinding(key, entry.SubjectId, new Finding(Id, "END-01", weight, summary, entry.Items, [])));
        }
        return findings;
    }
}
