using Vigil.Core.Reference;

namespace Vigil.Core.Events;

/// <summary>
/// One sign-in (or sign-in attempt) normalized from any identity provider: Okta, Entra, Google Workspace or a
/// generic CSV. What the source said is init-only; what enrichment and subject matching add is settable.
/// </summary>
/// <remarks>
/// A class rather than a struct because the parsers hand it through <c>IngestResult&lt;T&gt;</c> and the pipeline
/// enriches it in place: one allocation per event, no copies. Not thread-safe while being enriched.
/// </remarks>
public sealed class SignIn
{
    /// <summary><c>okta</c>, <c>entra</c>, <c>google</c> or <c>csv</c>.</summary>
    public required string Source { get; init; }

    /// <summary>The source's own event id (Okta <c>uuid</c>, Entra <c>id</c>, Google
    /// <c>uniqueQualifier@time</c>) or, for CSV, a hash of the normalized line. The dedupe key with
    /// <see cref="Source"/>.</summary>
    public required string EventId { get; init; }

    /// <summary>When the sign-in happened, UTC.</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>The login or email the source named, lower case. Never empty.</summary>
    public required string User { get; init; }

    /// <summary>The source's own user id (Okta <c>00u…</c>, Entra object id, Google profile id), if any.</summary>
    public string? UserId { get; init; }

    /// <summary>The source's event name: <c>user.session.start</c>, <c>login_success</c>, <c>signIn</c>…</summary>
    public string? EventType { get; init; }

    /// <summary>True for a successful sign-in; false for a failure, denial or challenge that was not passed.</summary>
    public bool Success { get; init; }

    /// <summary>Client IP as text (IPv4 or IPv6), as the source wrote it.</summary>
    public string? Ip { get; init; }

    public string? UserAgent { get; init; }

    /// <summary>A device identifier: Okta FastPass <c>device.id</c> or <c>dtHash</c>, Entra <c>deviceDetail.deviceId</c>,
    /// the CSV <c>device_id</c>. Null when the source gives none (an empty Entra id is null here).</summary>
    public string? DeviceId { get; init; }

    /// <summary>The source's managed-device flag (NET-08), when it has one.</summary>
    public bool? DeviceManaged { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country, upper case: from the source's geo, else from enrichment.</summary>
    public string? CountryCode { get; set; }

    public string? City { get; set; }

    /// <summary>Decimal degrees, WGS 84.</summary>
    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public uint? Asn { get; set; }

    public string? AsnOrg { get; set; }

    /// <summary>The strongest anonymizer class that the source's own flag or Vigil's IP intelligence gave.</summary>
    public AnonymizerKind Anonymizer { get; set; }

    /// <summary>The anonymizer or hosting provider's name, when known ("Astrill VPN").</summary>
    public string? AnonymizerProvider { get; set; }

    /// <summary>Where the anonymizer verdict came from: <c>okta:isProxy</c>, <c>entra:anonymizedIPAddress</c>, an
    /// intel list name. Null when <see cref="Anonymizer"/> is None.</summary>
    public string? AnonymizerSource { get; set; }

    /// <summary>The matched subject, or null when no worker has this login.</summary>
    public Guid? SubjectId { get; set; }

    /// <summary>The key detectors group by: the matched subject's key, else <see cref="User"/>.</summary>
    public string SubjectKey
    {
        get => _subjectKey ?? User;
        set => _subjectKey = value;
    }

    /// <summary>1-based line of the input file where the record starts (0 when not from a file).</summary>
    public long Line { get; init; }

    public bool HasLocation => Latitude is not null && Longitude is not null;

    private string? _subjectKey;
}
