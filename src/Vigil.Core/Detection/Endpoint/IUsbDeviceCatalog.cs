using Vigil.Core.Events;

namespace Vigil.Core.Detection.Endpoint;

/// <summary>Recognizes IP-KVM, capture and mouse-jiggler hardware among USB devices (END-01, END-03).</summary>
/// <remarks>Declared here until a reference-data catalog in Vigil.Intel supersedes it; <see cref="KnownUsbDevices"/>
/// is the built-in table.</remarks>
public interface IUsbDeviceCatalog
{
    UsbMatch? Match(UsbDevice device);
}
