namespace Vigil.Storage.Monitoring;

/// <summary>
/// One part of an organization's saved monitoring state: a streaming detector's accumulated state (per-worker
/// baselines, co-usage of IPs and devices, hour histograms…) as JSON, or the <see cref="ProgressPart"/> row that
/// records which stored events that state already covers. Detection loads these, feeds only newer events, and
/// saves them back in the same transaction as the alerts, so state, alerts and the watermark never disagree.
/// </summary>
public sealed class MonitoringStateRecord
{
    /// <summary>The part holding the watermark and the fingerprint of what the state was built with.</summary>
    public const string ProgressPart = "_progress";

    public Guid OrgId { get; set; }

    /// <summary>A detector id, or <see cref="ProgressPart"/>.</summary>
    public required string Part { get; set; }

    /// <summary>On the progress row: the highest stored event id the state covers (event ids only grow).</summary>
    public long LastEventId { get; set; }

    /// <summary>On the progress row: a hash of the worker directory and options the state was built with; when it
    /// changes (workers imported or edited), detection starts over from the first stored event.</summary>
    public string Fingerprint { get; set; } = "";

    public string StateJson { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }
}
