namespace Vigil.Storage.Jobs;

/// <summary>
/// A bulk subject import submitted over HTTP and run in the background. The job, its payload and its progress live
/// in the database, so any server process may run it and every process reports the same progress.
/// </summary>
public sealed class ImportJob
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public ImportJobStatus Status { get; set; } = ImportJobStatus.Queued;

    /// <summary>Who submitted it (the API key's name).</summary>
    public required string SubmittedBy { get; set; }

    /// <summary>The subjects to import, as the JSON array the API received.</summary>
    public required string PayloadJson { get; set; }

    public int Total { get; set; }
    public int Processed { get; set; }
    public int Added { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Rejected { get; set; }

    /// <summary>Per-row problems (index and field) as a JSON array, capped.</summary>
    public string? ErrorsJson { get; set; }

    /// <summary>The process that holds the job, and until when; an expired lease lets another process take over.</summary>
    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeaseUntil { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
}
