using Vigil.Core.Reference;

namespace Vigil.Intel.Usb;

/// <summary>
/// Built-in <see cref="IUsbDeviceCatalog"/> of IP-KVM, HDMI-capture and mouse-jiggler identities (END-01, END-03), from
/// the vendors' source code as summarised in log-formats.md section 5: PiKVM (kvmd), TinyPilot, JetKVM, Sipeed
/// NanoKVM, BliKVM; MacroSilicon MS2109/MS2130 capture chips; Digispark and commercial jigglers. Matching order:
/// device-specific strings (manufacturer, product, serial) first, then ids. Immutable and thread-safe.
/// </summary>
public sealed class UsbDeviceCatalog : IUsbDeviceCatalog
{
    private const string KvmIndicator = "END-01";
    private const string JigglerIndicator = "END-03";

    public static UsbDeviceCatalog Instance { get; } = new();

    /// <summary>(vendor, product) → device; product null means any product of the vendor.</summary>
    private static readonly (string Vendor, string? Product, string Device, UsbDeviceKind Kind, string Indicator, string Strength)[] Ids =
    [
        ("3346", "1009", "Sipeed NanoKVM", UsbDeviceKind.IpKvm, KvmIndicator, "high"),
        ("1d6b", "0106", "BliKVM (kvmd-hid) or other Linux USB gadget", UsbDeviceKind.IpKvm, KvmIndicator, "medium"),
        ("1d6b", "0104", "Linux USB composite gadget (PiKVM, TinyPilot, JetKVM and other Linux gadgets)", UsbDeviceKind.LinuxGadget, KvmIndicator, "medium"),
        ("534d", "2109", "MacroSilicon MS2109 HDMI capture", UsbDeviceKind.HdmiCapture, KvmIndicator, "medium"),
        ("345f", "2130", "MacroSilicon MS2130 HDMI capture", UsbDeviceKind.HdmiCapture, KvmIndicator, "medium"),
        ("345f", "2131", "MacroSilicon MS2130 HDMI capture", UsbDeviceKind.HdmiCapture, KvmIndicator, "medium"),
        ("345f", "2109", "MacroSilicon MS2109 HDMI capture (2nd generation)", UsbDeviceKind.HdmiCapture, KvmIndicator, "medium"),
        ("16c0", "27da", "Digispark (V-USB) mouse jiggler", UsbDeviceKind.MouseJiggler, JigglerIndicator, "medium"),
        ("1ea7", "0064", "Plug-in mouse jiggler (borrowed 2.4G mouse id)", UsbDeviceKind.MouseJiggler, JigglerIndicator, "low"),
    ];

    /// <summary>Manufacturer / product / serial strings the KVMs set by default (case-insensitive, whole value).</summary>
    private static readonly (string? Vendor, string? Model, string? Serial, string Device, UsbDeviceKind Kind, string Indicator)[] Strings =
    [
        ("PiKVM", null, null, "PiKVM", UsbDeviceKind.IpKvm, KvmIndicator),
        (null, "PiKVM Composite Device", null, "PiKVM", UsbDeviceKind.IpKvm, KvmIndicator),
        (null, null, "CAFEBABE", "PiKVM", UsbDeviceKind.IpKvm, KvmIndicator),
        ("tinypilot", null, null, "TinyPilot", UsbDeviceKind.IpKvm, KvmIndicator),
        ("JetKVM", null, null, "JetKVM", UsbDeviceKind.IpKvm, KvmIndicator),
        (null, "JetKVM USB Emulation Device", null, "JetKVM", UsbDeviceKind.IpKvm, KvmIndicator),
        ("sipeed", "NanoKVM", null, "Sipeed NanoKVM", UsbDeviceKind.IpKvm, KvmIndicator),
        (null, "NanoKVM", null, "Sipeed NanoKVM", UsbDeviceKind.IpKvm, KvmIndicator),
        ("smart-kvm", null, null, "BliKVM", UsbDeviceKind.IpKvm, KvmIndicator),
        // Hex of "keymimepi": TinyPilot's and BliKVM's gadget serial.
        (null, null, "6b65796d696d6570690", "TinyPilot / BliKVM", UsbDeviceKind.IpKvm, KvmIndicator),
        ("digistump.com", null, null, "Digispark mouse jiggler", UsbDeviceKind.MouseJiggler, JigglerIndicator),
        (null, null, "digistump.com:Mouse", "Digispark mouse jiggler", UsbDeviceKind.MouseJiggler, JigglerIndicator),
    ];

    private static readonly (string Prefix, string Device)[] Hostnames =
    [
        ("pikvm", "PiKVM"),
        ("tinypilot", "TinyPilot"),
        ("jetkvm", "JetKVM"),
        ("blikvm", "BliKVM"),
        ("nanokvm", "Sipeed NanoKVM"),
    ];

    private static readonly (string Name, string Device)[] Software =
    [
        ("mousejiggler", "Mouse Jiggler"),
        ("mouse jiggler", "Mouse Jiggler"),
        ("move mouse", "Move Mouse"),
        ("movemouse", "Move Mouse"),
        ("jiggler", "Jiggler (macOS)"),
        ("caffeine", "Caffeine"),
        ("amphetamine", "Amphetamine (macOS)"),
        ("keepingyouawake", "KeepingYouAwake (macOS)"),
    ];

    public UsbDeviceMatch? Match(string? vendorId, string? productId, string? vendorName, string? model, string? serial = null)
    {
        var vid = NormalizeId(vendorId);
        var pid = NormalizeId(productId);
        foreach (var (v, m, s, device, kind, indicator) in Strings)
        {
            if ((v is null || Same(v, vendorName)) && (m is null || Same(m, model)) && (s is null || Same(s, serial)))
            {
                var what = v is not null ? $"manufacturer \"{vendorName}\"" : m is not null ? $"product \"{model}\"" : $"serial \"{serial}\"";
                return new UsbDeviceMatch(device, kind, indicator, "high", $"usb {vid ?? "?"}:{pid ?? "?"} {what}");
            }
        }
        if (vid is null)
        {
            return null;
        }
        foreach (var (v, p, device, kind, indicator, strength) in Ids)
        {
            if (v == vid && (p is null || p == pid))
            {
                return new UsbDeviceMatch(device, kind, indicator, strength, $"usb {vid}:{pid ?? "?"}");
            }
        }
        return null;
    }

    public UsbDeviceMatch? MatchHostname(string hostname)
    {
        ArgumentNullException.ThrowIfNull(hostname);
        var h = hostname.Trim().TrimEnd('.').ToLowerInvariant();
        var dot = h.IndexOf('.', StringComparison.Ordinal);
        var first = dot < 0 ? h : h[..dot];
        foreach (var (prefix, device) in Hostnames)
        {
            // "pikvm", "pikvm.local", "jetkvm-1a2b3c": the default name or the default name plus a device suffix.
            if (first == prefix || first.StartsWith(prefix + "-", StringComparison.Ordinal))
            {
                return new UsbDeviceMatch(device, UsbDeviceKind.IpKvm, KvmIndicator, "medium", "hostname " + h);
            }
        }
        return null;
    }

    public UsbDeviceMatch? MatchSoftware(string programOrProcessName)
    {
        ArgumentNullException.ThrowIfNull(programOrProcessName);
        var text = programOrProcessName.Trim();
        var name = text[(text.LastIndexOfAny(['\\', '/']) + 1)..].ToLowerInvariant();
        if (name.EndsWith(".exe", StringComparison.Ordinal) || name.EndsWith(".app", StringComparison.Ordinal))
        {
            name = name[..^4];
        }
        foreach (var (prefix, device) in Software)
        {
            if (name == prefix || name.StartsWith(prefix + " ", StringComparison.Ordinal))
            {
                return new UsbDeviceMatch(device, UsbDeviceKind.MouseJiggler, JigglerIndicator, "medium", "program " + text);
            }
        }
        return null;
    }

    private static bool Same(string expected, string? actual) =>
        actual is not null && string.Equals(expected, actual.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>"0x1D6B", "1d6b", "1D6B" → "1d6b"; null for empty or non-hex.</summary>
    internal static string? NormalizeId(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }
        var s = id.Trim().ToLowerInvariant();
        if (s.StartsWith("0x", StringComparison.Ordinal))
        {
            s = s[2..];
        }
        if (s.Length is 0 or > 4 || !s.All(char.IsAsciiHexDigit))
        {
            return null;
        }
        return s.PadLeft(4, '0');
    }
}
