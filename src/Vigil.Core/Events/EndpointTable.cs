namespace Vigil.Core.Events;

/// <summary>The osquery table a <see cref="DeviceSnapshot"/> came from (routed on the query <c>name</c>).</summary>
public enum EndpointTable
{
    Other = 0,

    /// <summary>Windows <c>programs</c> (installed software).</summary>
    Programs = 1,

    /// <summary>macOS <c>apps</c>.</summary>
    Apps = 2,

    /// <summary>Debian <c>deb_packages</c>.</summary>
    Packages = 3,

    Processes = 4,
    UsbDevices = 5,
    SystemInfo = 6,
    LoggedInUsers = 7,
}
