using Vigil.Core.Events;
using Vigil.Ingest.Common;
using Vigil.Ingest.Streaming;

namespace Vigil.Ingest.SignInCsv;

/// <summary>
/// Reads the generic sign-in CSV (docs/formats.md §2.1): <c>timestamp,user,ip,user_agent,device_id,result</c>,
/// header required, columns in any order. The event id is a hash of the normalized row, so re-ingesting the file
/// stores each row once.
/// </summary>
public sealed class SignInCsvParser
{
    public const string Source = "csv";

    private static readonly string[] Required = ["timestamp", "user", "ip", "result"];

    public ParseCounters Counters { get; } = new();

    public IEnumerable<IngestResult<SignIn>> Parse(TextReader reader, string file, IngestLimits? limits = null) =>
        HeaderedCsv.Parse(reader, file, Required, limits, Counters, ParseRow);

    private static IngestResult<SignIn> ParseRow(HeaderedCsv.Row row, string file)
    {
        if (row.Error is not null)
        {
            return IngestResult<SignIn>.Fail(row.Error);
        }
        var errors = new List<IngestError>();
        var timestamp = row["timestamp"];
        if (!JsonValues.TryParseTime(timestamp, out var at))
        {
            errors.Add(new IngestError(file, row.Line, "timestamp", timestamp is null ? IngestErrorMessages.Required : IngestErrorMessages.InvalidTimestamp(timestamp)));
        }
        var user = row["user"];
        if (user is null)
        {
            errors.Add(new IngestError(file, row.Line, "user", IngestErrorMessages.Required));
        }
        var ip = row["ip"];
        if (ip is not null && !System.Net.IPAddress.TryParse(ip, out _))
        {
            errors.Add(new IngestError(file, row.Line, "ip", $"'{IngestErrorMessages.Shorten(ip)}' is not an IPv4 or IPv6 address"));
        }
        var resultText = row["result"];
        bool? success = resultText?.ToLowerInvariant() switch
        {
            "success" or "succeeded" or "ok" or "true" or "allow" => true,
            "failure" or "failed" or "fail" or "false" or "deny" => false,
            _ => null,
        };
        if (success is null)
        {
            errors.Add(new IngestError(file, row.Line, "result", resultText is null ? IngestErrorMessages.Required : IngestErrorMessages.InvalidEnum(resultText, "success, failure")));
        }
        if (errors.Count > 0)
        {
            return IngestResult<SignIn>.Fail(row.Line, errors);
        }
        var deviceId = row["device_id"];
        var userAgent = row["user_agent"];
        return IngestResult<SignIn>.Ok(row.Line, new SignIn
        {
            Source = Source,
            EventId = LineHash.Of([at.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture), user!.ToLowerInvariant(), ip, userAgent, deviceId, success!.Value ? "success" : "failure"]),
            At = at,
            User = user.ToLowerInvariant(),
            EventType = "csv",
            Success = success.Value,
            Ip = ip,
            UserAgent = userAgent,
            DeviceId = deviceId,
            Line = row.Line,
        });
    }
}
