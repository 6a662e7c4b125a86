using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Vigil.Server.Application.Monitoring;

/// <summary>
/// Writes a deterministic Okta System Log NDJSON file (log-formats.md §1.7 shape) for benchmarks: workers signing
/// in from home IPs in US cities during local working hours, some through proxies, some behind a shared laptop-farm
/// IP, some on UTC+9 hours. Same seed, same bytes.
/// </summary>
public static class OktaSyntheticLog
{
    private static readonly (string City, string State, double Lat, double Lon)[] Cities =
    [
        ("Dallas", "Texas", 32.7889, -96.8021), ("Chicago", "Illinois", 41.8781, -87.6298), ("Seattle", "Washington", 47.6062, -122.3321),
        ("Atlanta", "Georgia", 33.749, -84.388), ("Denver", "Colorado", 39.7392, -104.9903), ("Boston", "Massachusetts", 42.3601, -71.0589),
        ("Phoenix", "Arizona", 33.4484, -112.074), ("Miami", "Florida", 25.7617, -80.1918), ("New York", "New York", 40.7128, -74.006),
        ("San Jose", "California", 37.3382, -121.8863),
    ];

    private static readonly string[] Agents =
    [
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Safari/605.1.15",
        "Mozilla/5.0 (X11; Linux x86_64; rv:135.0) Gecko/20100101 Firefox/135.0",
    ];

    /// <summary>Writes <paramref name="events"/> lines for <paramref name="workers"/> workers; returns bytes written.</summary>
    public static long Write(string path, long events, int workers = 5000, int seed = 20250304)
    {
        var random = new Random(seed);
        var people = new Worker[workers];
        for (var i = 0; i < workers; i++)
        {
            var city = Cities[random.Next(Cities.Length)];
            people[i] = new Worker(
                $"worker{i:D5}@example.com", $"00u{i:D8}abcdEFGH", RandomIp(random), city,
                Proxy: random.NextDouble() < 0.05, EastAsia: random.NextDouble() < 0.02, Device: $"{random.NextInt64():x16}{random.NextInt64():x16}");
        }
        // Laptop farms: groups of four workers behind one IP.
        for (var i = 0; i + 4 <= workers / 100 * 4; i += 4)
        {
            var ip = RandomIp(random);
            for (var j = 0; j < 4; j++)
            {
                people[i * 25 % workers + j] = people[i * 25 % workers + j] with { HomeIp = ip };
            }
        }
        var start = new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var span = TimeSpan.FromDays(60).Ticks;
        var buffer = new ArrayBufferWriter<byte>(4096);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true });
        long bytes = 0;
        for (long n = 0; n < events; n++)
        {
            var w = people[random.Next(workers)];
            var day = start.AddTicks(span * n / events).Date;
            // Local working hours 8–18 in the worker's zone (US central-ish = UTC-6; East Asia = UTC+9).
            var localHour = 8 + random.NextDouble() * 10;
            var utc = new DateTimeOffset(day, TimeSpan.Zero).AddHours(localHour - (w.EastAsia ? 9 : -6));
            var ip = w.Proxy && random.NextDouble() < 0.5 ? $"198.51.100.{random.Next(1, 255)}" : w.HomeIp;
            var success = random.NextDouble() > 0.03;
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            WriteEvent(writer, random, w, utc, ip, success, n);
            writer.Flush();
            file.Write(buffer.WrittenSpan);
            file.WriteByte((byte)'\n');
            bytes += buffer.WrittenCount + 1;
        }
        return bytes;
    }

    private static void WriteEvent(Utf8JsonWriter j, Random random, Worker w, DateTimeOffset at, string ip, bool success, long n)
    {
        var proxy = ip.StartsWith("198.51.100.", StringComparison.Ordinal);
        j.WriteStartObject();
        j.WriteStartObject("actor");
        j.WriteString("id", w.UserId);
        j.WriteString("type", "User");
        j.WriteString("alternateId", w.Email);
        j.WriteString("displayName", w.Email[..11]);
        j.WriteNull("detailEntry");
        j.WriteEndObject();
        j.WriteStartObject("client");
        j.WriteStartObject("userAgent");
        j.WriteString("rawUserAgent", Agents[(int)(n % Agents.Length)]);
        j.WriteString("os", "Windows 10");
        j.WriteString("browser", "CHROME");
        j.WriteEndObject();
        j.WriteNull("zone");
        j.WriteString("device", "Computer");
        j.WriteNull("id");
        j.WriteString("ipAddress", ip);
        j.WriteStartObject("geographicalContext");
        j.WriteString("city", proxy ? "Amsterdam" : w.Home.City);
        j.WriteString("state", proxy ? "North Holland" : w.Home.State);
        j.WriteString("country", proxy ? "Netherlands" : "United States");
        j.WriteString("postalCode", "75201");
        j.WriteStartObject("geolocation");
        j.WriteNumber("lat", proxy ? 52.3676 : w.Home.Lat);
        j.WriteNumber("lon", proxy ? 4.9041 : w.Home.Lon);
        j.WriteEndObject();
        j.WriteEndObject();
        j.WriteEndObject();
        j.WriteNull("device");
        j.WriteStartObject("authenticationContext");
        j.WriteNull("authenticationProvider");
        j.WriteNumber("authenticationStep", 0);
        j.WriteString("externalSessionId", $"idx{n:x12}");
        j.WriteEndObject();
        j.WriteString("displayMessage", "User login to Okta");
        j.WriteString("eventType", "user.session.start");
        j.WriteStartObject("outcome");
        j.WriteString("result", success ? "SUCCESS" : "FAILURE");
        if (success)
        {
            j.WriteNull("reason");
        }
        else
        {
            j.WriteString("reason", "INVALID_CREDENTIALS");
        }
        j.WriteEndObject();
        j.WriteString("published", at.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        j.WriteStartObject("securityContext");
        j.WriteNumber("asNumber", proxy ? 64501 : 64496 + (int)(n % 5));
        j.WriteString("asOrg", proxy ? "example vpn hosting ltd" : "example residential isp");
        j.WriteString("isp", proxy ? "example vpn hosting ltd" : "example residential isp");
        j.WriteString("domain", proxy ? "vpn.example.net" : "isp.example.com");
        j.WriteBoolean("isProxy", proxy);
        j.WriteEndObject();
        j.WriteString("severity", "INFO");
        j.WriteStartObject("debugContext");
        j.WriteStartObject("debugData");
        j.WriteString("requestId", $"Z8Zk{n:x16}");
        j.WriteString("requestUri", "/idp/idx/identify");
        j.WriteString("dtHash", w.Device);
        j.WriteString("threatSuspected", "false");
        j.WriteString("behaviors", "{New Geo-Location=NEGATIVE, New Device=NEGATIVE, New IP=NEGATIVE, New State=NEGATIVE, New Country=NEGATIVE, Velocity=NEGATIVE, New City=NEGATIVE}");
        j.WriteEndObject();
        j.WriteEndObject();
        j.WriteString("legacyEventType", success ? "core.user_auth.login_success" : "core.user_auth.login_failed");
        j.WriteStartObject("transaction");
        j.WriteString("type", "WEB");
        j.WriteString("id", $"Z8Zk{n:x16}");
        j.WriteStartObject("detail");
        j.WriteEndObject();
        j.WriteEndObject();
        j.WriteString("uuid", new Guid((int)(n >> 16), (short)n, (short)(n >> 8), 0x8c, 0x3d, 0x2b, 0x7f, 0x5e, 0x9a, (byte)random.Next(256), 0x44).ToString());
        j.WriteString("version", "0");
        j.WriteStartObject("request");
        j.WriteStartArray("ipChain");
        j.WriteStartObject();
        j.WriteString("ip", ip);
        j.WriteString("version", "V4");
        j.WriteNull("source");
        j.WriteEndObject();
        j.WriteEndArray();
        j.WriteEndObject();
        j.WriteEndObject();
    }

    private static string RandomIp(Random random) =>
        string.Create(CultureInfo.InvariantCulture, $"{random.Next(11, 223)}.{random.Next(256)}.{random.Next(256)}.{random.Next(1, 255)}");

    private sealed record Worker(string Email, string UserId, string HomeIp, (string City, string State, double Lat, double Lon) Home, bool Proxy, bool EastAsia, string Device);
}
