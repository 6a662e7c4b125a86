using Vigil.Core.Events;
using Vigil.Core.Reference;

namespace Vigil.Core.Detection.Endpoint;

/// <summary>
/// IP-KVM hardware on a worker's laptop (END-01): the KVM's USB gadget (PiKVM, TinyPilot, JetKVM, NanoKVM,
/// BliKVM ids and default strings) or an HDMI capture dongle in osquery <c>usb_devices</c>, or a KVM's default
/// hostname in <c>system_info</c>, recognized by <see cref="IUsbDeviceCatalog"/>.
/// </summary>
public sealed class IpKvmDetector(IUsbDeviceCatalog catalog, IpKvmOptions? options = null) : IEndpointDetector, ISubjectStateDetector
{
    public const string Id = "ip-kvm";

    private readonly IUsbDeviceCatalog _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
    private readonly IpKvmOptions _options = options ?? new IpKvmOptions();
    private readonly EndpointFindingBuilder _builder = new();

    public string DetectorId => Id;

    public string SaveState() => _builder.SaveState();

    public void LoadState(string state) => _builder.LoadState(state);

    public void CopySubjectState(string subjectKey, ISubjectStateDetector source) =>
        _builder.CopySubject(subjectKey, SubjectStates.Same<IpKvmDetector>(source)._builder);

    public void Observe(DeviceSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.IsRemoval)
        {
            return;
        }
        foreach (var device in snapshot.UsbDevices)
        {
            var match = _catalog.Match(device.VendorId, device.ModelId, device.Vendor, device.Model, device.Serial);
            if (match is not null && Strength(match) is var strength and > 0)
            {
                _builder.Add(snapshot, match.Device, $"{match.MatchedOn} ({device.Vendor} / {device.Model})", strength);
            }
        }
        if (snapshot.SystemInfo?.Hostname is { Length: > 0 } hostname
            && _catalog.MatchHostname(hostname) is { } hostMatch && Strength(hostMatch) is var s and > 0)
        {
            _builder.Add(snapshot, hostMatch.Device, hostMatch.MatchedOn, s);
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

    private static int Strength(UsbDeviceMatch match) => match.Kind switch
    {
        UsbDeviceKind.IpKvm => string.Equals(match.Strength, "high", StringComparison.OrdinalIgnoreCase) ? 3 : 2,
        UsbDeviceKind.LinuxGadget => 2,
        UsbDeviceKind.HdmiCapture => 1,
        _ => 0,
    };
}
