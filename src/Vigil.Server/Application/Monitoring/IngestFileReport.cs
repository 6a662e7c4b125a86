using Vigil.Ingest.Common;

namespace Vigil.Server.Application.Monitoring;

/// <summary>What one ingest did: records read, events parsed, stored (new) and already present, ignored
/// records, errors (the first <see cref="MonitoringService.MaxReportedErrors"/> kept), and the detection that followed.</summary>
public sealed record IngestFileReport(
    string File,
    LogKind Kind,
    LogFormat Format,
    long Records,
    long Parsed,
    long Stored,
    long AlreadyStored,
    long Ignored,
    long Rejected,
    long Matched,
    IReadOnlyList<IngestError> Errors,
    DetectionReport? Detection);
