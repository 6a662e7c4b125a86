using Vigil.Sharing.Stix;

namespace Vigil.Server.Application.Sharing;

/// <summary>Microseconds since the Unix epoch ↔ STIX timestamps (TAXII date_added has microsecond precision here).</summary>
public static class TaxiiTime
{
    public static long ToMicros(StixTimestamp ts) => (ts.UtcValue.Ticks - DateTime.UnixEpoch.Ticks) / 10;

    public static long ToMicros(DateTimeOffset t) => (t.UtcTicks - DateTime.UnixEpoch.Ticks) / 10;

    public static StixTimestamp FromMicros(long us) => new(new DateTime(DateTime.UnixEpoch.Ticks + (us * 10), DateTimeKind.Utc), 6);

    public static string Format(long us) => FromMicros(us).ToString();
}
