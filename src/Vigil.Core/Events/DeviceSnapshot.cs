namespace Vigil.Core.Events;

/// <summary>
/// One osquery result line, normalized: which host, when, which table, and the rows it carried (one row for the
/// event format, all rows for the snapshot and batch formats).
/// </summary>
public sealed class DeviceSnapshot
{
    /// <summary>A hash of the normalized line (osquery has no event id).</summary>
    public required string EventId { get; init; }

    /// <summary>The run time (<c>unixTime</c>), UTC.</summary>
    public DateTimeOffset At { get; init; }

    /// <summary><c>hostIdentifier</c>: a hostname by default, a UUID when osquery is configured so.</summary>
    public required string HostIdentifier { get; init; }

    /// <summary><c>host_uuid</c> decoration, the stable host key when present.</summary>
    public string? HostUuid { get; init; }

    /// <summary><c>hostname</c> decoration.</summary>
    public string? Hostname { get; init; }

    /// <summary>The worker the host belongs to: the <c>username</c> (or <c>user</c>/<c>email</c>) decoration,
    /// lower case; null when the log does not say.</summary>
    public string? User { get; init; }

    /// <summary>The scheduled query name (<c>pack_vigil_usb_devices</c>).</summary>
    public required string QueryName { get; init; }

    public EndpointTable Table { get; init; }

    /// <summary><c>added</c>, <c>removed</c> or <c>snapshot</c>.</summary>
    public required string Action { get; init; }

    /// <summary>0 for the initial full result set of a differential query (everything shows as added).</summary>
    public long Counter { get; init; }

    public IReadOnlyList<SoftwareItem> Software { get; init; } = [];

    public IReadOnlyList<UsbDevice> UsbDevices { get; init; } = [];

    public HostSystemInfo? SystemInfo { get; init; }

    /// <summary>True when the rows were removed from the host (they are no longer there).</summary>
    public bool IsRemoval => string.Equals(Action, "removed", StringComparison.Ordinal);

    public Guid? SubjectId { get; set; }

    /// <summary>The key detectors group by: the matched subject's key, else the user, else the host.</summary>
    public string SubjectKey
    {
        get => _subjectKey ?? User ?? HostUuid ?? HostIdentifier;
        set => _subjectKey = value;
    }

    public long Line { get; init; }

    private string? _subjectKey;
}
