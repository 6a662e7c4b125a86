using System.Text.Json;
using Vigil.Core.Events;
using Vigil.Core.Reference;
using Vigil.Ingest.Common;
using Vigil.Ingest.Streaming;

namespace Vigil.Ingest.Entra;

/// <summary>
/// Reads Microsoft Entra sign-in logs in all three shapes of log-formats.md §2 — Graph <c>signIn</c> resources
/// (a list page <c>{"value":[…]}</c> or NDJSON), Azure Monitor diagnostic records (<c>{"records":[…]}</c>, per
/// line or per file) and Log Analytics rows (<c>SigninLogs</c>, <c>AADNonInteractiveUserSignInLogs</c>) — into
/// <see cref="SignIn"/>s. Names are matched case-insensitively; nested objects may be JSON text.
/// </summary>
public sealed class EntraSignInParser
{
    public const string Source = "entra";

    public ParseCounters Counters { get; } = new();

    public IEnumerable<IngestResult<SignIn>> Parse(Stream stream, string file, IngestLimits? limits = null)
    {
        foreach (var record in JsonRecordReader.Read(stream, file, limits))
        {
            if (record.Error is not null)
            {
                Counters.Records++;
                Counters.Errors++;
                yield return IngestResult<SignIn>.Fail(record.Error);
                continue;
            }
            List<IngestResult<SignIn>> results = [];
            try
            {
                using var doc = JsonDocument.Parse(record.Utf8);
                var root = doc.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    results.Add(IngestResult<SignIn>.Fail(new IngestError(file, record.Line, null, IngestErrorMessages.NotAnObject)));
                }
                else if (root.TryGet("records", out var batch) && batch.ValueKind == JsonValueKind.Array)
                {
                    // An Event Hub message per line: {"records":[…]}.
                    foreach (var item in batch.EnumerateArray())
                    {
                        results.Add(ParseOne(item, record.Line, file));
                    }
                }
                else if (root.TryGet("value", out var page) && page.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in page.EnumerateArray())
                    {
                        results.Add(ParseOne(item, record.Line, file));
                    }
                }
                else
                {
                    results.Add(ParseOne(root, record.Line, file));
                }
            }
            catch (JsonException e)
            {
                results.Add(IngestResult<SignIn>.Fail(new IngestError(file, record.Line, null, IngestErrorMessages.InvalidJson(e.Message))));
            }
            foreach (var result in results)
            {
                Counters.Records++;
                Counters.Count(result.IsSuccess);
                yield return result;
            }
        }
    }

    /// <summary>One sign-in in any of the three shapes.</summary>
    public static IngestResult<SignIn> ParseOne(JsonElement e, long line, string file)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            return IngestResult<SignIn>.Fail(new IngestError(file, line, null, IngestErrorMessages.NotAnObject));
        }
        // Diagnostic record: the Graph-beta sign-in is under "properties"; the envelope fills gaps.
        var envelope = e;
        var p = e.TryGet("properties", out var props) && props.ValueKind == JsonValueKind.Object ? props : e;

        // Exports that dropped the id column (some KQL projections) get a hash of the row: still idempotent.
        var id = p.Str("id") ?? "sha:" + LineHash.Of(System.Text.Encoding.UTF8.GetBytes(e.GetRawText()));
        var timeText = p.Str("createdDateTime") ?? envelope.Str("time") ?? envelope.Str("TimeGenerated");
        if (!JsonValues.TryParseTime(timeText, out var at))
        {
            return IngestResult<SignIn>.Fail(new IngestError(file, line, "createdDateTime",
                timeText is null ? IngestErrorMessages.Required : IngestErrorMessages.InvalidTimestamp(timeText)));
        }
        var user = p.Str("userPrincipalName") ?? p.Str("signInIdentifier") ?? p.Str("alternateSignInName");
        if (user is null)
        {
            return IngestResult<SignIn>.Fail(new IngestError(file, line, "userPrincipalName", IngestErrorMessages.Required));
        }

        // Result: Graph status.errorCode (int), diagnostic/Log Analytics resultType (string).
        long? code = null;
        if (p.Obj("status") is { ValueKind: JsonValueKind.Object } status)
        {
            code = status.Long("errorCode");
        }
        code ??= p.Long("ResultType") ?? envelope.Long("resultType");

        // Location: Graph "location" object, Log Analytics "LocationDetails" (object or text) with "Location" a code.
        var location = p.Obj("location") is { ValueKind: JsonValueKind.Object } loc ? loc
            : p.Obj("LocationDetails") is { ValueKind: JsonValueKind.Object } details ? details : (JsonElement?)null;
        string? country = null, city = null;
        double? lat = null, lon = null;
        if (location is { } l)
        {
            country = l.Str("countryOrRegion");
            city = l.Str("city");
            if (l.Obj("geoCoordinates") is { ValueKind: JsonValueKind.Object } geo)
            {
                lat = geo.Double("latitude");
                lon = geo.Double("longitude");
            }
        }
        if (country is null && p.TryGet("location", out var code2) && code2.ValueKind == JsonValueKind.String)
        {
            country = code2.GetString();
        }
        country ??= envelope.Str("location") is { Length: 2 } envCountry ? envCountry : null;

        string? deviceId = null;
        bool? managed = null;
        if (p.Obj("deviceDetail") is { ValueKind: JsonValueKind.Object } device)
        {
            deviceId = device.Str("deviceId");
            managed = device.Bool("isManaged");
        }
        var asn = p.Long("autonomousSystemNumber");
        var signIn = new SignIn
        {
            Source = Source,
            EventId = id,
            At = at,
            User = user.ToLowerInvariant(),
            UserId = p.Str("userId"),
            EventType = p.Str("appDisplayName") is { } app ? "signIn:" + app : "signIn",
            Success = code == 0,
            Ip = p.Str("ipAddress") ?? envelope.Str("callerIpAddress"),
            UserAgent = p.Str("userAgent"),
            DeviceId = deviceId,
            DeviceManaged = managed,
            CountryCode = country?.ToUpperInvariant(),
            City = city,
            Latitude = lat,
            Longitude = lon,
            Asn = asn is > 0 and <= uint.MaxValue ? (uint)asn : null,
            Line = line,
        };
        foreach (var risk in p.Strings("riskEventTypes_v2"))
        {
            if (string.Equals(risk, "anonymizedIPAddress", StringComparison.OrdinalIgnoreCase))
            {
                signIn.Anonymizer = AnonymizerKind.Vpn;
                signIn.AnonymizerSource = "entra:anonymizedIPAddress";
            }
        }
        return IngestResult<SignIn>.Ok(line, signIn);
    }
}
