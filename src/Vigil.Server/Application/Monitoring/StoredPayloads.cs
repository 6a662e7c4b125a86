using System.Text.Json.Serialization;
using Vigil.Core.Events;

namespace Vigil.Server.Application.Monitoring;

/// <summary>What a stored sign-in keeps beyond the <c>ActivityEvent</c> columns: the source's own geo, ASN and
/// anonymizer flag (never Vigil's enrichment, which is redone at detection time with current intelligence).</summary>
internal sealed record SignInPayload(
    string? EventType, string? UserId, bool? Managed, string? Country, string? City, double? Lat, double? Lon,
    uint? Asn, string? AsOrg, string? Anonymizer, string? AnonymizerSource, string? AnonymizerProvider);

internal sealed record DevicePayload(
    string HostIdentifier, string? HostUuid, string? Hostname, string QueryName, EndpointTable Table, string Action, long Counter,
    IReadOnlyList<SoftwareItem> Software, IReadOnlyList<UsbDevice> Usb, HostSystemInfo? SystemInfo);

internal sealed record PayrollPayload(PayoutKind Kind, string? Provider, string Account, string AccountKey, string? BankCountry, string? ChangedBy);

internal sealed record ShipmentPayload(string ShipTo, string ShipToKey, string? Country, string? Item, string? AssetSerial, string? Carrier, string? Tracking);

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(SignInPayload))]
[JsonSerializable(typeof(DevicePayload))]
[JsonSerializable(typeof(PayrollPayload))]
[JsonSerializable(typeof(ShipmentPayload))]
[JsonSerializable(typeof(List<ScoredFinding>))]
internal sealed partial class MonitoringJsonContext : JsonSerializerContext;
