using System.Text.Json;
using Vigil.Core.Events;
using Vigil.Ingest.Common;
using Vigil.Ingest.Streaming;

namespace Vigil.Ingest.GoogleWorkspace;

/// <summary>
/// Reads Google Workspace login audit activities (Admin SDK Reports API, log-formats.md §3): an activities page
/// (<c>{"items":[…]}</c>) or NDJSON of activities. Yields <c>login_success</c>, <c>login_failure</c>,
/// <c>login_challenge</c> and <c>login_verification</c> as sign-ins; other events (logout, account warnings,
/// 2SV changes) are counted as ignored. The event id is <c>applicationName:time:uniqueQualifier</c>, Google's own
/// dedupe key.
/// </summary>
public sealed class GoogleLoginAuditParser
{
    public const string Source = "google";

    public ParseCounters Counters { get; } = new();

    public IEnumerable<IngestResult<SignIn>> Parse(Stream stream, string file, IngestLimits? limits = null)
    {
        foreach (var record in JsonRecordReader.Read(stream, file, limits))
        {
            Counters.Records++;
            if (record.Error is not null)
            {
                Counters.Errors++;
                yield return IngestResult<SignIn>.Fail(record.Error);
                continue;
            }
            IngestResult<SignIn>? result;
            try
            {
                using var doc = JsonDocument.Parse(record.Utf8);
                result = ParseOne(doc.RootElement, record.Line, file);
            }
            catch (JsonException e)
            {
                result = IngestResult<SignIn>.Fail(new IngestError(file, record.Line, null, IngestErrorMessages.InvalidJson(e.Message)));
            }
            if (result is null)
            {
                Counters.Ignored++;
                continue;
            }
            Counters.Count(result.Value.IsSuccess);
            yield return result.Value;
        }
    }

    /// <summary>One activity; null when it is not a sign-in.</summary>
    public static IngestResult<SignIn>? ParseOne(JsonElement a, long line, string file)
    {
        if (a.ValueKind != JsonValueKind.Object)
        {
            return IngestResult<SignIn>.Fail(new IngestError(file, line, null, IngestErrorMessages.NotAnObject));
        }
        if (a.Obj("id") is not { ValueKind: JsonValueKind.Object } id)
        {
            return IngestResult<SignIn>.Fail(new IngestError(file, line, "id", IngestErrorMessages.Required));
        }
        var timeText = id.Str("time");
        if (!JsonValues.TryParseTime(timeText, out var at))
        {
            return IngestResult<SignIn>.Fail(new IngestError(file, line, "id.time",
                timeText is null ? IngestErrorMessages.Required : IngestErrorMessages.InvalidTimestamp(timeText)));
        }
        var qualifier = id.Str("uniqueQualifier");
        if (qualifier is null)
        {
            return IngestResult<SignIn>.Fail(new IngestError(file, line, "id.uniqueQualifier", IngestErrorMessages.Required));
        }
        // "events" is an array from the API, a single object after some collectors split activities.
        var evt = default(JsonElement);
        var found = false;
        if (a.TryGet("events", out var events))
        {
            if (events.ValueKind == JsonValueKind.Object)
            {
                evt = events;
                found = true;
            }
            else if (events.ValueKind == JsonValueKind.Array)
            {
                foreach (var e in events.EnumerateArray())
                {
                    if (e.Str("name") is { } n && IsSignIn(n))
                    {
                        evt = e;
                        found = true;
                        break;
                    }
                }
            }
        }
        var name = found ? evt.Str("name") : null;
        if (name is null || !IsSignIn(name))
        {
            return null;
        }
        var actor = a.Obj("actor");
        var email = actor?.Str("email");
        if (email is null)
        {
            return null; // Non-Workspace actors carry no login to attribute.
        }
        var success = string.Equals(name, "login_success", StringComparison.Ordinal)
            || name is "login_verification" or "login_challenge" && Parameter(evt, "login_challenge_status") is { } s
                && (s.StartsWith("passed", StringComparison.OrdinalIgnoreCase) || s.StartsWith("Challenge Passed", StringComparison.OrdinalIgnoreCase));
        uint? asn = null;
        string? region = null;
        if (a.Obj("networkInfo") is { ValueKind: JsonValueKind.Object } network)
        {
            region = network.Str("regionCode");
            if (network.TryGet("ipAsn", out var asns) && asns.ValueKind == JsonValueKind.Array)
            {
                foreach (var n in asns.EnumerateArray())
                {
                    if (n.ValueKind == JsonValueKind.Number && n.TryGetUInt32(out var v) || n.ValueKind == JsonValueKind.String && uint.TryParse(n.GetString(), out v))
                    {
                        asn = v;
                        break;
                    }
                }
            }
        }
        var app = id.Str("applicationName") ?? "login";
        return IngestResult<SignIn>.Ok(line, new SignIn
        {
            Source = Source,
            EventId = $"{app}:{timeText}:{qualifier}",
            At = at,
            User = email.ToLowerInvariant(),
            UserId = actor?.Str("profileId"),
            EventType = name,
            Success = success,
            Ip = a.Str("ipAddress"),
            CountryCode = region?.ToUpperInvariant(),
            Asn = asn,
            Line = line,
        });
    }

    private static bool IsSignIn(string name) =>
        name is "login_success" or "login_failure" or "login_challenge" or "login_verification";

    private static string? Parameter(JsonElement evt, string name)
    {
        if (!evt.TryGet("parameters", out var ps) || ps.ValueKind != JsonValueKind.Array)
        {
            return null;
        }
        foreach (var p in ps.EnumerateArray())
        {
            if (string.Equals(p.Str("name"), name, StringComparison.Ordinal))
            {
                return p.Str("value") ?? (p.Strings("multiValue") is { Count: > 0 } many ? many[0] : null);
            }
        }
        return null;
    }
}
