namespace Vigil.Core.Detection.Endpoint;

/// <summary>A USB device recognized by an <see cref="IUsbDeviceCatalog"/>.</summary>
/// <param name="Name">What it is, e.g. "PiKVM".</param>
/// <param name="MatchedOn">What matched, e.g. "1d6b:0104 + serial CAFEBABE".</param>
public sealed record UsbMatch(string Name, UsbDeviceClass Class, string MatchedOn);
