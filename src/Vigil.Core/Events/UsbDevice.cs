namespace Vigil.Core.Events;

/// <summary>One USB device attached to a host, from osquery <c>usb_devices</c> (END-01, END-03).</summary>
/// <param name="VendorId">4 lower-case hex digits without <c>0x</c>.</param>
/// <param name="ModelId">4 lower-case hex digits without <c>0x</c>.</param>
/// <param name="Vendor">On Linux the usb.ids name; on macOS the device's own manufacturer string.</param>
/// <param name="Model">On Linux the usb.ids name (or udev model); on macOS the device's product string.</param>
/// <param name="Serial">The device's serial string (PiKVM's default is <c>CAFEBABE</c>).</param>
public sealed record UsbDevice(string VendorId, string ModelId, string? Vendor = null, string? Model = null, string? Serial = null);
