using Vigil.Core.Events;

namespace Vigil.Core.Detection.Endpoint;

/// <summary>
/// Mouse jigglers (END-03), which keep several employers' laptops looking "active": jiggler USB hardware
/// (Digispark, the borrowed 1ea7:0064 plug-in) in <c>usb_devices</c>, or jiggler software in <c>programs</c>,
/// <c>apps</c>, <c>deb_packages</c> or <c>processes</c>.
/// </summary>
public sealed class MouseJigglerDetector(IUsbDeviceCatalog? catalog = null, MouseJigglerOptions? options = null) : IEndpointDetector
{
    public const string Id = "mouse-jiggler";

    private readonly IUsbDeviceCatalog _catalog = catalog ?? KnownUsbDevices.Instance;
    private readonly MouseJigglerOptions _options = options ?? new MouseJigglerOptions();
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
            if (_catalog.Match(device) is { Class: UsbDeviceClass.MouseJiggler } match)
            {
                _builder.Add(snapshot, match.Name, $"USB {match.MatchedOn}", 2);
            }
        }
        foreach (var item in snapshot.Software)
        {
            foreach (var name in _options.SoftwareNames)
            {
                if (item.Name.Contains(name, StringComparison.OrdinalIgnoreCase)
                    || item.Path is not null && item.Path.Contains(name.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase))
                {
                    _builder.Add(snapshot, item.Name, $"{snapshot.Table} '{item.Name}' {item.Version}".TrimEnd(), 1);
                    break;
                }
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
