using Vigil.Intel.Email;
using Vigil.Intel.Ip;
using Vigil.Intel.RemoteAccess;
using Vigil.Intel.Usb;

namespace Vigil.Intel.Data;

/// <summary>Everything <see cref="IntelLoader"/> built, frozen: share one instance (singleton); reload builds a new one.</summary>
public sealed class IntelSnapshot : IDisposable
{
    public required IpIntelligence Ip { get; init; }

    public required DisposableEmailDomains DisposableEmail { get; init; }

    public required RemoteAccessCatalog RemoteAccess { get; init; }

    public UsbDeviceCatalog Usb { get; init; } = UsbDeviceCatalog.Instance;

    public required IReadOnlyList<LoadedSource> Sources { get; init; }

    /// <summary>The first <see cref="LoadIssues.MaxKept"/> issues of each loader.</summary>
    public required IReadOnlyList<LoadIssue> Issues { get; init; }

    public required int IssueCount { get; init; }

    public required string? DataPackagesDir { get; init; }

    public required string IntelDir { get; init; }

    public required TimeSpan LoadTime { get; init; }

    public void Dispose() => Ip.Dispose();
}
