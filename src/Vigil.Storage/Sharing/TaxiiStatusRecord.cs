namespace Vigil.Storage.Sharing;

/// <summary>The status resource of one TAXII POST (adds are processed synchronously, so it is final at once).</summary>
public sealed class TaxiiStatusRecord
{
    public required string Id { get; set; }
    public required string CollectionId { get; set; }
    public required string Status { get; set; }
    public long RequestTimestampUs { get; set; }
    public int TotalCount { get; set; }
    public int SuccessCount { get; set; }
    public int FailureCount { get; set; }
    public int PendingCount { get; set; }

    /// <summary>JSON object with <c>successes</c> and <c>failures</c> arrays of status details.</summary>
    public required string DetailsJson { get; set; }
}
