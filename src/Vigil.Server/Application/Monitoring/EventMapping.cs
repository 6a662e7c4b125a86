using System.Text.Json;
using Vigil.Core.Events;
using Vigil.Core.Model;
using Vigil.Core.Reference;

namespace Vigil.Server.Application.Monitoring;

/// <summary>Typed monitoring events to and from stored <see cref="ActivityEvent"/> rows. Round-trips every field
/// a detector reads, so detection over stored rows equals detection over the file.</summary>
public static class EventMapping
{
    public const string PayrollSource = "payroll";
    public const string ShipmentSource = "shipments";
    public const string OsquerySource = "osquery";

    /// <summary>Sources whose rows monitoring reads back.</summary>
    public static IReadOnlyList<string> Sources { get; } = ["okta", "entra", "google", "csv", OsquerySource, PayrollSource, ShipmentSource];

    /// <summary>Sign-in sources: high volume, read incrementally by stateful detectors.</summary>
    public static IReadOnlyList<string> SignInSources { get; } = ["okta", "entra", "google", "csv"];

    /// <summary>Low-volume sources (one row per device query, payroll change, shipment); detection reads them incrementally like sign-ins.</summary>
    public static IReadOnlyList<string> ReplayedSources { get; } = [OsquerySource, PayrollSource, ShipmentSource];

    public static ActivityEvent ToEvent(SignIn s, Guid orgId, Guid? subjectId) => new()
    {
        OrgId = orgId,
        SubjectId = subjectId,
        Source = s.Source,
        SourceEventId = s.EventId,
        Type = s.Success ? EventType.SignIn : EventType.SignInFailed,
        At = s.At,
        Actor = s.User,
        Ip = s.Ip,
        DeviceId = s.DeviceId,
        UserAgent = s.UserAgent is { Length: > 1000 } ua ? ua[..1000] : s.UserAgent,
        Success = s.Success,
        PayloadJson = JsonSerializer.Serialize(new SignInPayload(s.EventType, s.UserId, s.DeviceManaged, s.CountryCode, s.City, s.Latitude, s.Longitude,
            s.Asn, s.AsnOrg, s.Anonymizer == AnonymizerKind.None ? null : s.Anonymizer.ToString(), s.AnonymizerSource, s.AnonymizerProvider),
            MonitoringJsonContext.Default.SignInPayload),
    };

    public static SignIn ToSignIn(ActivityEvent e)
    {
        var p = e.PayloadJson is null ? null : JsonSerializer.Deserialize(e.PayloadJson, MonitoringJsonContext.Default.SignInPayload);
        var s = new SignIn
        {
            Source = e.Source,
            EventId = e.SourceEventId,
            At = e.At,
            User = e.Actor ?? "",
            UserId = p?.UserId,
            EventType = p?.EventType,
            Success = e.Success ?? e.Type == EventType.SignIn,
            Ip = e.Ip,
            UserAgent = e.UserAgent,
            DeviceId = e.DeviceId,
            DeviceManaged = p?.Managed,
            CountryCode = p?.Country,
            City = p?.City,
            Latitude = p?.Lat,
            Longitude = p?.Lon,
            Asn = p?.Asn,
            AsnOrg = p?.AsOrg,
        };
        if (p?.Anonymizer is { } a && Enum.TryParse<AnonymizerKind>(a, out var kind))
        {
            s.Anonymizer = kind;
            s.AnonymizerSource = p.AnonymizerSource;
            s.AnonymizerProvider = p.AnonymizerProvider;
        }
        return s;
    }

    public static ActivityEvent ToEvent(DeviceSnapshot d, Guid orgId, Guid? subjectId) => new()
    {
        OrgId = orgId,
        SubjectId = subjectId,
        Source = OsquerySource,
        SourceEventId = d.EventId,
        Type = d.Table switch
        {
            EndpointTable.UsbDevices => EventType.UsbDevice,
            EndpointTable.SystemInfo => EventType.SystemInfo,
            EndpointTable.Processes => EventType.Process,
            _ => EventType.SoftwareInventory,
        },
        At = d.At,
        Actor = d.User,
        DeviceId = d.HostUuid ?? d.HostIdentifier,
        PayloadJson = JsonSerializer.Serialize(new DevicePayload(d.HostIdentifier, d.HostUuid, d.Hostname, d.QueryName, d.Table, d.Action, d.Counter,
            d.Software, d.UsbDevices, d.SystemInfo), MonitoringJsonContext.Default.DevicePayload),
    };

    public static DeviceSnapshot ToSnapshot(ActivityEvent e)
    {
        var p = JsonSerializer.Deserialize(e.PayloadJson ?? "{}", MonitoringJsonContext.Default.DevicePayload)!;
        return new DeviceSnapshot
        {
            EventId = e.SourceEventId,
            At = e.At,
            HostIdentifier = p.HostIdentifier,
            HostUuid = p.HostUuid,
            Hostname = p.Hostname,
            User = e.Actor,
            QueryName = p.QueryName,
            Table = p.Table,
            Action = p.Action,
            Counter = p.Counter,
            Software = p.Software ?? [],
            UsbDevices = p.Usb ?? [],
            SystemInfo = p.SystemInfo,
        };
    }

    public static ActivityEvent ToEvent(PayrollChange c, Guid orgId, Guid? subjectId) => new()
    {
        OrgId = orgId,
        SubjectId = subjectId,
        Source = PayrollSource,
        SourceEventId = c.EventId,
        Type = EventType.PayrollChange,
        At = c.At,
        Actor = c.Employee,
        Ip = c.SourceIp,
        PayloadJson = JsonSerializer.Serialize(new PayrollPayload(c.Kind, c.Provider, c.Account, c.AccountKey, c.BankCountry, c.ChangedBy),
            MonitoringJsonContext.Default.PayrollPayload),
    };

    public static PayrollChange ToPayrollChange(ActivityEvent e)
    {
        var p = JsonSerializer.Deserialize(e.PayloadJson ?? "{}", MonitoringJsonContext.Default.PayrollPayload)!;
        return new PayrollChange
        {
            EventId = e.SourceEventId,
            At = e.At,
            Employee = e.Actor ?? "",
            Kind = p.Kind,
            Provider = p.Provider,
            Account = p.Account,
            AccountKey = p.AccountKey,
            BankCountry = p.BankCountry,
            SourceIp = e.Ip,
            ChangedBy = p.ChangedBy,
        };
    }

    public static ActivityEvent ToEvent(Shipment s, Guid orgId, Guid? subjectId) => new()
    {
        OrgId = orgId,
        SubjectId = subjectId,
        Source = ShipmentSource,
        SourceEventId = s.EventId,
        Type = EventType.Shipment,
        At = s.At,
        Actor = s.Employee,
        PayloadJson = JsonSerializer.Serialize(new ShipmentPayload(s.ShipTo, s.ShipToKey, s.Country, s.Item, s.AssetSerial, s.Carrier, s.Tracking),
            MonitoringJsonContext.Default.ShipmentPayload),
    };

    public static Shipment ToShipment(ActivityEvent e)
    {
        var p = JsonSerializer.Deserialize(e.PayloadJson ?? "{}", MonitoringJsonContext.Default.ShipmentPayload)!;
        return new Shipment
        {
            EventId = e.SourceEventId,
            At = e.At,
            Employee = e.Actor ?? "",
            ShipTo = p.ShipTo,
            ShipToKey = p.ShipToKey,
            Country = p.Country,
            Item = p.Item,
            AssetSerial = p.AssetSerial,
            Carrier = p.Carrier,
            Tracking = p.Tracking,
        };
    }
}
