namespace Vigil.Server.Contracts;

/// <summary>A background job: a subject import (<c>POST /api/subjects/import</c>) or an event upload
/// (<c>POST /api/events/jobs</c>, with <see cref="Events"/>). For an event upload the counts are events: records read,
/// added = newly stored, unchanged = already stored, rejected; errors give the line of each rejected record.</summary>
public sealed record ImportJobResponse(Guid Id, string Status, int Total, int Processed, int Added, int Updated, int Unchanged,
    int Rejected, IReadOnlyList<RowError> Errors, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt, EventUploadStatus? Events = null);
