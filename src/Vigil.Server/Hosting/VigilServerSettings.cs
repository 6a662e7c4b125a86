using System.ComponentModel.DataAnnotations;

namespace Vigil.Server.Hosting;

/// <summary>Configuration section <c>Vigil:Server</c>.</summary>
public sealed class VigilServerSettings
{
    public const string Section = "Vigil:Server";

    /// <summary>Secret that signs paging cursors. Every process serving one database must share it; when empty a
    /// value derived from the storage location is used (cursors are also bound to the caller's organization, so
    /// the signature is defence in depth, not the tenant boundary).</summary>
    public string? CursorSecret { get; set; }

    /// <summary>Largest request body accepted by ordinary endpoints.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Largest body of a bulk import.</summary>
    [Range(1024, 1024L * 1024 * 1024)]
    public long MaxImportBodyBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>Largest log accepted by <c>POST /api/events/jobs</c> (streamed to disk, then stored for the job runner).</summary>
    [Range(1024, 64L * 1024 * 1024 * 1024)]
    public long MaxEventUploadBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>How often idle servers look for queued import jobs.</summary>
    [Range(0.05, 60)]
    public double JobPollSeconds { get; set; } = 1;

    /// <summary>How long a server holds an import job before another may take it over.</summary>
    [Range(5, 3600)]
    public int JobLeaseSeconds { get; set; } = 60;

    /// <summary>On shutdown, how long the running import job may continue before it is paused for another process
    /// (keep below the host's 30 s shutdown timeout).</summary>
    [Range(0, 25)]
    public int JobShutdownGraceSeconds { get; set; } = 20;

    /// <summary>Whether this process runs import jobs (several processes may; each job runs in one).</summary>
    public bool RunJobs { get; set; } = true;
}
