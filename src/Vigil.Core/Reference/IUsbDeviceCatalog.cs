namespace Vigil.Core.Reference;

/// <summary>
/// Recognises IP-KVMs, HDMI capture dongles and mouse jigglers (END-01, END-03) from what the host sees: osquery
/// <c>usb_devices</c> rows, hostnames on the network and installed programs. Implementations are immutable and
/// thread-safe. All default strings can be changed by a careful operator, so no match proves nothing.
/// </summary>
public interface IUsbDeviceCatalog
{
    /// <summary>Matches one USB device. Ids are hex with or without <c>0x</c> (osquery gives <c>1d6b</c>);
    /// any argument may be null or empty. Returns the most specific match, or null.</summary>
    UsbDeviceMatch? Match(string? vendorId, string? productId, string? vendorName, string? model, string? serial = null);

    /// <summary>Matches an IP-KVM's default hostname (<c>pikvm</c>, <c>tinypilot.local</c>, <c>jetkvm-…</c>).</summary>
    UsbDeviceMatch? MatchHostname(string hostname);

    /// <summary>Matches a software mouse jiggler by program or process name (<c>MouseJiggler.exe</c>, "Move Mouse").</summary>
    UsbDeviceMatch? MatchSoftware(string programOrProcessName);
}
