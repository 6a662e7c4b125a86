namespace Vigil.Core.Events;

/// <summary>
/// What HR says about a worker, as the monitoring detectors need it: the logins that identify them in logs, the
/// claimed residence and time zone, the HR address.
/// </summary>
/// <param name="SubjectId">The stored subject.</param>
/// <param name="Key">Stable text key detectors group by (the subject id in "N" format).</param>
/// <param name="Logins">Emails and logins the worker signs in with, lower case.</param>
/// <param name="ClaimedCountry">ISO 3166-1 alpha-2, upper case, as claimed.</param>
/// <param name="ClaimedTimeZone">IANA time zone id, as claimed.</param>
/// <param name="HomeAddressKeys">Canonical HR/residence addresses (<c>PostalAddressCanonicalizer</c>).</param>
public sealed record WorkerProfile(
    Guid SubjectId,
    string Key,
    IReadOnlyList<string> Logins,
    string? ClaimedCountry = null,
    string? ClaimedTimeZone = null,
    IReadOnlyList<string>? HomeAddressKeys = null,
    string? DisplayName = null)
{
    public static WorkerProfile Create(
        Guid subjectId,
        IReadOnlyList<string> logins,
        string? claimedCountry = null,
        string? claimedTimeZone = null,
        IReadOnlyList<string>? homeAddressKeys = null,
        string? displayName = null) =>
        new(subjectId, subjectId.ToString("N"), logins, claimedCountry, claimedTimeZone, homeAddressKeys, displayName);
}
