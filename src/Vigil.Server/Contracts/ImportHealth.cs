namespace Vigil.Server.Contracts;

/// <summary>Subject import jobs: totals, rejected rows and failed jobs, and when the last one finished.</summary>
public sealed record ImportHealth(int Jobs, int FailedJobs, int RowsAdded, int RowsRejected, DateTimeOffset? LastFinished);
