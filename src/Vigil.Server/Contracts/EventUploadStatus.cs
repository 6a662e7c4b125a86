namespace Vigil.Server.Contracts;

/// <summary>An event upload job (<c>POST /api/events/jobs</c>) as <c>GET /api/jobs/{id}</c> reports it: the log's
/// kind and format, the stage (queued, ingesting, detecting, done, failed), bytes read of the upload so far, and when
/// done the same report <c>POST /api/events</c> answers.</summary>
public sealed record EventUploadStatus(
    string Kind,
    string Format,
    bool Detect,
    string Stage,
    long BytesTotal,
    long BytesProcessed,
    EventIngestResponse? Result = null);
