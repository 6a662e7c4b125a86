namespace Vigil.Core.Reference;

/// <summary>A USB device, hostname or program the catalog recognised.</summary>
/// <param name="Device">What it is, e.g. "PiKVM", "MacroSilicon MS2109 HDMI capture", "Mouse Jiggler".</param>
/// <param name="Kind">The class of device.</param>
/// <param name="IndicatorId">The indicator it supports: END-01 (IP-KVM, capture) or END-03 (jiggler).</param>
/// <param name="Strength">How specific the match is: "high" (device-specific strings or ids), "medium" (a shared id
/// that is unusual on a corporate laptop), "low" (an id many ordinary devices share).</param>
/// <param name="MatchedOn">What matched, for evidence: <c>usb 1d6b:0104 + serial CAFEBABE</c>, <c>hostname pikvm</c>.</param>
public sealed record UsbDeviceMatch(string Device, UsbDeviceKind Kind, string IndicatorId, string Strength, string MatchedOn);
