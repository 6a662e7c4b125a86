namespace Vigil.Core.Events;

/// <summary>Host identity from osquery <c>system_info</c> (END-07 serial checks, host ↔ worker mapping).</summary>
public sealed record HostSystemInfo(
    string? Hostname,
    string? Uuid,
    string? HardwareVendor,
    string? HardwareModel,
    string? HardwareSerial,
    string? ComputerName);
