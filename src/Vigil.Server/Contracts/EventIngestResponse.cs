namespace Vigil.Server.Contracts;

/// <summary>What <c>POST /api/events</c> did: the same counts as <c>vigil ingest</c>, each rejected record by line and
/// field, and the detection pass that followed (null with <c>detect=false</c>).</summary>
public sealed record EventIngestResponse(
    string Kind,
    string Format,
    long Records,
    long Parsed,
    long Stored,
    long AlreadyStored,
    long Ignored,
    long Rejected,
    long Matched,
    IReadOnlyList<LineError> Errors,
    EventDetectionSummary? Detection);
