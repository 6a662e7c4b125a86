using Vigil.Core.Events;
using Vigil.Core.Reference;

namespace Vigil.Core.Detection.Endpoint;

/// <summary>
/// Mouse jigglers (END-03), which keep several employers' laptops looking "active": jiggler USB hardware
/// (Digispark and plug-in jigglers) in <c>usb_devices</c>, or jiggler software in <c>programs</c>, <c>apps</c>,
/// <c>deb_packages</c> or <c>processes</c>, recognized by <see cref="IUsbDeviceCatalog"/>.
/// </summary>
public sealed class MouseJigglerDetector(IUsbDeviceCatalog catalog, MouseJigglerOptions? options = null) : IEndpointDetector, ISubjectStateDetector
{
    public const string Id = "mouse-jiggler";

    private readonly IUsbDeviceCatalog _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
    private readonly MouseJigglerOptions _options = options ?? new MouseJigglerOptions();
    private readonly EndpointFindingBuilder _builder = new();

    public string DetectorId => Id;

    public string SaveState() => _builder.SaveState();

    public void LoadState(string state) => _builder.LoadState(state);

    public void CopySubjectState(string subjectKey, ISubjectStateDetector source) =>
        _builder.CopySubject(subjectKey, SubjectStates.Same<MouseJigglerDetector>(source)._builder);

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
            if (match is { Kind: UsbDeviceKind.MouseJiggler }
                && (_options.IncludeLowStrength || !string.Equals(match.Strength, "low", StringComparison.OrdinalIgnoreCase)))
            {
                _builder.Add(snapshot, match.Device, match.MatchedOn, 2);
            }
        }
        foreach (var item in snapshot.Software)
        {
            if (_catalog.MatchSoftware(item.Name) is { Kind: UsbDeviceKind.MouseJiggler } match)
            {
                _builder.Add(snapshot, match.Device, $"{snapshot.Table} '{item.Name}' {item.Version}".TrimEnd(), 1);
            }
        }
    }

    public IReadOnlyList<SubjectFinding> Complete()
    {
        var findings = new List<SubjectFinding>();
        foreach (var (key, entry) in _builder.Entries)
        {
            var summary = $"Mouse jiggler {(entry.Strength >= 2 ? "hardware" : "software")}: {string.Join(", ", entry.Names)}";
            findings.Add(new SubjectFinding(key, entry.SubjectId, new Finding(Id, "END-03", _options.Weight, summary, entry.Items, [])));
        }
        return findings;
    }
}
