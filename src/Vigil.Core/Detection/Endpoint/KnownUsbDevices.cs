using Vigil.Core.Events;

namespace Vigil.Core.Detection.Endpoint;

/// <summary>
/// The built-in USB table of log-formats.md §5: IP-KVM gadget ids and default strings, HDMI capture chips, mouse
/// jigglers. Defaults only: an operator can change them, so absence proves nothing.
/// </summary>
public sealed class KnownUsbDevices : IUsbDeviceCatalog
{
    public static KnownUsbDevices Instance { get; } = new();

    // (manufacturer or product or serial substring, device name). Matched case-insensitively on vendor, model
    // and serial: on macOS osquery shows the device's own strings, on Linux only the serial survives.
    private static readonly (string Text, string Name)[] KvmStrings =
    [
        ("pikvm", "PiKVM"),
        ("cafebabe", "PiKVM"),
        ("tinypilot", "TinyPilot"),
        ("6b65796d696d6570690", "TinyPilot / BliKVM (keymimepi)"),
        ("jetkvm", "JetKVM"),
        ("nanokvm", "Sipeed NanoKVM"),
        ("sipeed", "Sipeed NanoKVM"),
        ("smart-kvm", "BliKVM"),
        ("blikvm", "BliKVM"),
    ];

    private static readonly (string Vid, string Pid, string Name, UsbDeviceClass Class)[] Ids =
    [
        ("3346", "1009", "Sipeed NanoKVM", UsbDeviceClass.IpKvm),
        ("1d6b", "0104", "Linux USB gadget (PiKVM / TinyPilot / JetKVM default id)", UsbDeviceClass.LinuxGadget),
        ("1d6b", "0106", "Linux USB gadget (BliKVM default id)", UsbDeviceClass.LinuxGadget),
        ("534d", "2109", "MacroSilicon MS2109 HDMI capture", UsbDeviceClass.CaptureDongle),
        ("345f", "2130", "MacroSilicon MS2130 HDMI capture", UsbDeviceClass.CaptureDongle),
        ("345f", "2131", "MacroSilicon MS2130 HDMI capture", UsbDeviceClass.CaptureDongle),
        ("345f", "2109", "MacroSilicon MS2109 HDMI capture", UsbDeviceClass.CaptureDongle),
        ("16c0", "27da", "Digispark DIY mouse jiggler (V-USB mouse id)", UsbDeviceClass.MouseJiggler),
    ];

    public UsbMatch? Match(UsbDevice device)
    {
        ArgumentNullException.ThrowIfNull(device);
        var vid = device.VendorId.Trim().ToLowerInvariant();
        var pid = device.ModelId.Trim().ToLowerInvariant();
        var idText = $"{vid}:{pid}";
        foreach (var (text, name) in KvmStrings)
        {
            var field = Contains(device.Serial, text) ? "serial" : Contains(device.Vendor, text) ? "vendor" : Contains(device.Model, text) ? "model" : null;
            if (field is not null)
            {
                return new UsbMatch(name, UsbDeviceClass.IpKvm, $"{idText} + {field} '{Value(device, field)}'");
            }
        }
        if (Contains(device.Vendor, "digistump") || Contains(device.Serial, "digistump"))
        {
            return new UsbMatch("Digispark DIY mouse jiggler", UsbDeviceClass.MouseJiggler, $"{idText} + digistump strings");
        }
        if (vid == "1ea7" && pid == "0064" && Contains(device.Model, "2.4G Mouse"))
        {
            return new UsbMatch("Plug-in mouse jiggler (borrowed 1ea7:0064)", UsbDeviceClass.MouseJiggler, $"{idText} + model '2.4G Mouse'");
        }
        foreach (var (v, p, name, cls) in Ids)
        {
            if (vid == v && pid == p)
            {
                return new UsbMatch(name, cls, idText);
            }
        }
        return null;
    }

    private static bool Contains(string? value, string text) =>
        value is not null && value.Contains(text, StringComparison.OrdinalIgnoreCase);

    private static string? Value(UsbDevice d, string field) => field switch
    {
        "serial" => d.Serial,
        "vendor" => d.Vendor,
        _ => d.Model,
    };
}
