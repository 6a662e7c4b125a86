using System.Text.Json;
using Vigil.Core.Events;
using Vigil.Core.Reference;
using Vigil.Ingest.Common;
using Vigil.Ingest.Streaming;

namespace Vigil.Ingest.Okta;

/// <summary>
/// Reads Okta System Log events (log-formats.md §1): an API page (JSON array), an NDJSON export, or NDJSON of
/// EventBridge envelopes with the event under <c>detail</c>. Yields one <see cref="SignIn"/> per sign-in-related
/// event (<c>user.session.start</c>, <c>user.authentication.*</c>, <c>policy.evaluate_sign_on</c>); other event
/// types and events without a real user (ThreatInsight) are counted as ignored. Streaming, constant memory.
/// </summary>
/// <remarks>
/// The hot path of ingest: one <see cref="Utf8JsonReader"/> pass per event, properties matched on UTF-8 bytes,
/// repeated strings pooled, unknown properties skipped, so new Okta fields never break it.
/// </remarks>
public sealed class OktaSystemLogParser
{
    public const string Source = "okta";

    private readonly StringPool _pool = new();

    public ParseCounters Counters { get; } = new();

    public IEnumerable<IngestResult<SignIn>> Parse(Stream stream, string file, IngestLimits? limits = null)
    {
        foreach (var record in JsonRecordReader.Read(stream, file, limits))
        {
            if (Parse(record, file) is { } result)
            {
                yield return result;
            }
        }
    }

    /// <summary>One record cut by <see cref="JsonRecordReader"/> (or <see cref="ParallelRecordMapper"/>), counted
    /// in <see cref="Counters"/>; null when it is valid but not a sign-in of a real user.</summary>
    public IngestResult<SignIn>? Parse(JsonRecord record, string file)
    {
        Counters.Records++;
        if (record.Error is not null)
        {
            Counters.Errors++;
            return IngestResult<SignIn>.Fail(record.Error);
        }
        var result = ParseRecord(record.Utf8.Span, record.Line, file);
        if (result is null)
        {
            Counters.Ignored++;
            return null;
        }
        Counters.Count(result.Value.IsSuccess);
        return result;
    }

    /// <summary>Parses one event; null when it is valid but not a sign-in of a real user.</summary>
    public IngestResult<SignIn>? ParseRecord(ReadOnlySpan<byte> utf8, long line, string file)
    {
        var f = default(Fields);
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return IngestResult<SignIn>.Fail(new IngestError(file, line, null, IngestErrorMessages.NotAnObject));
            }
            ReadEvent(ref reader, ref f);
        }
        catch (JsonException e)
        {
            return IngestResult<SignIn>.Fail(new IngestError(file, line, null, IngestErrorMessages.InvalidJson(e.Message)));
        }
        catch (InvalidOperationException e)
        {
            return IngestResult<SignIn>.Fail(new IngestError(file, line, null, IngestErrorMessages.InvalidJson(e.Message)));
        }
        if (f.Kind == EventKind.Other)
        {
            return null;
        }
        if (string.IsNullOrEmpty(f.Uuid))
        {
            return IngestResult<SignIn>.Fail(new IngestError(file, line, "uuid", IngestErrorMessages.Required));
        }
        if (f.Published is null)
        {
            return IngestResult<SignIn>.Fail(new IngestError(file, line, "published",
                f.PublishedText is null ? IngestErrorMessages.Required : IngestErrorMessages.InvalidTimestamp(f.PublishedText)));
        }
        if (!f.ActorIsUser || string.IsNullOrEmpty(f.User) || string.Equals(f.User, "unknown", StringComparison.OrdinalIgnoreCase))
        {
            return null; // ThreatInsight and system events: no account to attribute.
        }
        var success = f.Result is Outcome.Success or Outcome.Allow;
        if (!success && !f.User.Contains('@', StringComparison.Ordinal))
        {
            // A failed sign-in whose "login" is not email-shaped may be a password typed into the username box
            // (Sigma's "Okta password in AlternateID"): never store it.
            return null;
        }
        var signIn = new SignIn
        {
            Source = Source,
            EventId = f.Uuid,
            At = f.Published.Value,
            User = HasUpper(f.User) ? _pool.Get(f.User.ToLowerInvariant()) : f.User,
            UserId = f.UserId,
            EventType = f.EventType,
            Success = success,
            Ip = f.Ip,
            UserAgent = f.UserAgent,
            DeviceId = f.DeviceId ?? f.DtHash,
            DeviceManaged = f.Managed,
            CountryCode = CountryNames.ToIso2(f.Country),
            City = f.City,
            Latitude = f.Lat,
            Longitude = f.Lon,
            Asn = f.Asn,
            AsnOrg = f.AsnOrg,
            Line = line,
        };
        if (f.IsProxy == true)
        {
            signIn.Anonymizer = AnonymizerKind.Proxy;
            signIn.AnonymizerSource = "okta:isProxy";
            signIn.AnonymizerProvider = f.AsnOrg;
        }
        return IngestResult<SignIn>.Ok(line, signIn);
    }

    private void ReadEvent(ref Utf8JsonReader r, ref Fields f)
    {
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("uuid"u8))
            {
                r.Read();
                f.Uuid = r.TokenType == JsonTokenType.String ? r.GetString() : null;
            }
            else if (r.ValueTextEquals("published"u8))
            {
                r.Read();
                if (r.TokenType == JsonTokenType.String)
                {
                    if (r.TryGetDateTimeOffset(out var at))
                    {
                        f.Published = at.ToUniversalTime();
                    }
                    else
                    {
                        f.PublishedText = r.GetString();
                    }
                }
            }
            else if (r.ValueTextEquals("eventType"u8))
            {
                r.Read();
                f.Kind = KindOf(ref r);
                if (f.Kind != EventKind.Other)
                {
                    f.EventType = _pool.Get(ref r);
                }
            }
            else if (r.ValueTextEquals("actor"u8))
            {
                r.Read();
                ReadActor(ref r, ref f);
            }
            else if (r.ValueTextEquals("client"u8))
            {
                r.Read();
                ReadClient(ref r, ref f);
            }
            else if (r.ValueTextEquals("device"u8))
            {
                r.Read();
                ReadDevice(ref r, ref f);
            }
            else if (r.ValueTextEquals("securityContext"u8))
            {
                r.Read();
                ReadSecurity(ref r, ref f);
            }
            else if (r.ValueTextEquals("outcome"u8))
            {
                r.Read();
                ReadOutcome(ref r, ref f);
            }
            else if (r.ValueTextEquals("debugContext"u8))
            {
                r.Read();
                ReadDebug(ref r, ref f);
            }
            else if (r.ValueTextEquals("detail"u8))
            {
                // EventBridge envelope: the LogEvent is the value of "detail".
                r.Read();
                if (r.TokenType == JsonTokenType.StartObject)
                {
                    ReadEvent(ref r, ref f);
                }
                else
                {
                    r.Skip();
                }
            }
            else
            {
                r.Read();
                r.Skip();
            }
        }
    }

    private static EventKind KindOf(ref Utf8JsonReader r)
    {
        if (r.TokenType != JsonTokenType.String)
        {
            return EventKind.Other;
        }
        if (r.ValueTextEquals("user.session.start"u8) || r.ValueTextEquals("policy.evaluate_sign_on"u8))
        {
            return EventKind.SignIn;
        }
        var span = r.ValueSpan;
        return span.StartsWith("user.authentication."u8) ? EventKind.SignIn : EventKind.Other;
    }

    private void ReadActor(ref Utf8JsonReader r, ref Fields f)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            r.Skip();
            return;
        }
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("alternateId"u8))
            {
                r.Read();
                f.User = r.TokenType == JsonTokenType.String ? _pool.Get(ref r) : null;
            }
            else if (r.ValueTextEquals("id"u8))
            {
                r.Read();
                f.UserId = r.TokenType == JsonTokenType.String ? _pool.Get(ref r) : null;
            }
            else if (r.ValueTextEquals("type"u8))
            {
                r.Read();
                f.ActorIsUser = r.TokenType == JsonTokenType.String && r.ValueTextEquals("User"u8);
            }
            else
            {
                r.Read();
                r.Skip();
            }
        }
    }

    private void ReadClient(ref Utf8JsonReader r, ref Fields f)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            r.Skip();
            return;
        }
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("ipAddress"u8))
            {
                r.Read();
                f.Ip = r.TokenType == JsonTokenType.String ? _pool.Get(ref r) : null;
            }
            else if (r.ValueTextEquals("userAgent"u8))
            {
                r.Read();
                if (r.TokenType != JsonTokenType.StartObject)
                {
                    r.Skip();
                    continue;
                }
                while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
                {
                    var raw = r.ValueTextEquals("rawUserAgent"u8);
                    r.Read();
                    if (raw && r.TokenType == JsonTokenType.String)
                    {
                        f.UserAgent = _pool.Get(ref r);
                    }
                    else
                    {
                        r.Skip();
                    }
                }
            }
            else if (r.ValueTextEquals("geographicalContext"u8))
            {
                r.Read();
                ReadGeo(ref r, ref f);
            }
            else
            {
                r.Read();
                r.Skip();
            }
        }
    }

    private void ReadGeo(ref Utf8JsonReader r, ref Fields f)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            r.Skip();
            return;
        }
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("country"u8))
            {
                r.Read();
                f.Country = r.TokenType == JsonTokenType.String ? _pool.Get(ref r) : null;
            }
            else if (r.ValueTextEquals("city"u8))
            {
                r.Read();
                f.City = r.TokenType == JsonTokenType.String ? _pool.Get(ref r) : null;
            }
            else if (r.ValueTextEquals("geolocation"u8))
            {
                r.Read();
                if (r.TokenType != JsonTokenType.StartObject)
                {
                    r.Skip();
                    continue;
                }
                while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
                {
                    var lat = r.ValueTextEquals("lat"u8);
                    var lon = !lat && r.ValueTextEquals("lon"u8);
                    r.Read();
                    if (r.TokenType == JsonTokenType.Number)
                    {
                        if (lat)
                        {
                            f.Lat = r.GetDouble();
                        }
                        else if (lon)
                        {
                            f.Lon = r.GetDouble();
                        }
                    }
                    else
                    {
                        r.Skip();
                    }
                }
            }
            else
            {
                r.Read();
                r.Skip();
            }
        }
    }

    private void ReadDevice(ref Utf8JsonReader r, ref Fields f)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            r.Skip();
            return;
        }
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("id"u8))
            {
                r.Read();
                f.DeviceId = r.TokenType == JsonTokenType.String ? _pool.Get(ref r) : null;
            }
            else if (r.ValueTextEquals("managed"u8))
            {
                r.Read();
                f.Managed = r.TokenType switch { JsonTokenType.True => true, JsonTokenType.False => false, _ => null };
            }
            else
            {
                r.Read();
                r.Skip();
            }
        }
    }

    private void ReadSecurity(ref Utf8JsonReader r, ref Fields f)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            r.Skip();
            return;
        }
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("asNumber"u8))
            {
                r.Read();
                f.Asn = r.TokenType == JsonTokenType.Number && r.TryGetUInt32(out var asn) ? asn
                    : r.TokenType == JsonTokenType.String && uint.TryParse(r.ValueSpan, out asn) ? asn : null;
            }
            else if (r.ValueTextEquals("asOrg"u8))
            {
                r.Read();
                f.AsnOrg = r.TokenType == JsonTokenType.String ? _pool.Get(ref r) : null;
            }
            else if (r.ValueTextEquals("isProxy"u8))
            {
                r.Read();
                f.IsProxy = r.TokenType switch
                {
                    JsonTokenType.True => true,
                    JsonTokenType.False => false,
                    JsonTokenType.String => r.ValueTextEquals("true"u8),
                    _ => null,
                };
            }
            else
            {
                r.Read();
                r.Skip();
            }
        }
    }

    private static void ReadOutcome(ref Utf8JsonReader r, ref Fields f)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            r.Skip();
            return;
        }
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var result = r.ValueTextEquals("result"u8);
            r.Read();
            if (result && r.TokenType == JsonTokenType.String)
            {
                f.Result = r.ValueTextEquals("SUCCESS"u8) ? Outcome.Success : r.ValueTextEquals("ALLOW"u8) ? Outcome.Allow : Outcome.Other;
            }
            else
            {
                r.Skip();
            }
        }
    }

    private void ReadDebug(ref Utf8JsonReader r, ref Fields f)
    {
        if (r.TokenType != JsonTokenType.StartObject)
        {
            r.Skip();
            return;
        }
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var data = r.ValueTextEquals("debugData"u8);
            r.Read();
            if (!data || r.TokenType != JsonTokenType.StartObject)
            {
                r.Skip();
                continue;
            }
            while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
            {
                var dt = r.ValueTextEquals("dtHash"u8);
                r.Read();
                if (dt && r.TokenType == JsonTokenType.String)
                {
                    f.DtHash = _pool.Get(ref r);
                }
                else
                {
                    r.Skip();
                }
            }
        }
    }

    private static bool HasUpper(string s)
    {
        foreach (var c in s)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }
        return false;
    }

    private enum EventKind
    {
        Other,
        SignIn,
    }

    private enum Outcome
    {
        Unknown,
        Success,
        Allow,
        Other,
    }

    private struct Fields
    {
        public string? Uuid;
        public DateTimeOffset? Published;
        public string? PublishedText;
        public EventKind Kind;
        public string? EventType;
        public string? User;
        public string? UserId;
        public bool ActorIsUser;
        public string? Ip;
        public string? UserAgent;
        public string? Country;
        public string? City;
        public double? Lat;
        public double? Lon;
        public string? DeviceId;
        public string? DtHash;
        public bool? Managed;
        public uint? Asn;
        public string? AsnOrg;
        public bool? IsProxy;
        public Outcome Result;
    }
}
