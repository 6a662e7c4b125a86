namespace Vigil.Core.Model;

/// <summary>
/// A timestamped fact observed about a subject (or about an account not yet matched to one): a sign-in, a payroll
/// change, a laptop shipment, an endpoint inventory row, a review.
/// </summary>
/// <remarks>
/// Ingest is idempotent on (OrgId, Source, SourceEventId): the source's own event id (Okta <c>uuid</c>, Entra
/// <c>id</c>, Google <c>id.uniqueQualifier</c>) or, where the source has none, a hash of the normalized line.
/// The typed fields hold what detectors read on the hot path; <see cref="PayloadJson"/> holds the rest.
/// </remarks>
public sealed class ActivityEvent
{
    public long Id { get; set; }
    public Guid OrgId { get; set; }
    public Guid? SubjectId { get; set; }

    /// <summary>Where the event came from: <c>okta</c>, <c>entra</c>, <c>google</c>, <c>csv</c>, <c>osquery</c>,
    /// <c>payroll</c>, <c>shipments</c>, <c>applicants</c>.</summary>
    public required string Source { get; set; }

    public required string SourceEventId { get; set; }
    public EventType Type { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>The login, email or account the source named; used to match the subject.</summary>
    public string? Actor { get; set; }

    public string? Ip { get; set; }
    public string? DeviceId { get; set; }
    public string? UserAgent { get; set; }
    public bool? Success { get; set; }
    public string? PayloadJson { get; set; }
}
