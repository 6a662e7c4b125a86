namespace Vigil.Ingest.Synthetic;

/// <summary>What the log generator plants for one worker (step 3): their company, devices and anomalies.</summary>
internal sealed class WorkerPlan
{
    public required Company Company { get; set; }
    public required string Login { get; set; }
    public required string DeviceId { get; set; }
    public required string HostIdentifier { get; set; }
    public required string Serial { get; set; }
    public required string AssetTag { get; set; }
    public DateTimeOffset HiredAt { get; set; }

    /// <summary>Zone the worker's activity really follows (differs from the claimed one for Pyongyang-hours workers).</summary>
    public required string ActivityZone { get; set; }

    /// <summary>Where sign-ins come from: the worker's home IP unless a farm or VPN overrides it.</summary>
    public required string HomeIp { get; set; }
    public string? FarmIp { get; set; }
    public string? FarmAddress { get; set; }
    public City? FarmCity { get; set; }
    public string? VpnPrefix { get; set; }
    public bool ImpossibleTravel { get; set; }
    public bool Traveller { get; set; }
    public bool VpnSometimes { get; set; }
    public bool NightOwl { get; set; }
    public string[] Rmm { get; set; } = [];
    public string? Kvm { get; set; }
    public bool Jiggler { get; set; }
    public bool AstrillInstalled { get; set; }
    public List<PayrollChangePlan> PayrollChanges { get; set; } = [];
    public string? ShipTo { get; set; }
    public bool ShipRedirected { get; set; }

    /// <summary>macOS laptop (osquery usb_devices, apps) instead of Windows (programs).</summary>
    public bool Mac { get; set; }
}
