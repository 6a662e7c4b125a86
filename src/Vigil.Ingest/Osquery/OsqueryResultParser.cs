using System.Globalization;
using System.Text.Json;
using Vigil.Core.Events;
using Vigil.Ingest.Common;
using Vigil.Ingest.Streaming;

namespace Vigil.Ingest.Osquery;

/// <summary>
/// Reads osquery result logs (log-formats.md §4): event format (<c>action</c> + <c>columns</c>), snapshot format
/// (<c>snapshot[]</c>) and batch format (<c>diffResults</c>), one JSON object per line, also inside a TLS logger
/// envelope (<c>{"data":[…]}</c>). Routes on the query name (<c>…programs</c>, <c>…processes</c>,
/// <c>…usb_devices</c>, <c>…system_info</c>, <c>…apps</c>, <c>…deb_packages</c>). Column values may be strings or
/// numbers; decorations may be nested or top-level. osquery has no event id: each line's id is a hash of it.
/// </summary>
public sealed class OsqueryResultParser
{
    public const string Source = "osquery";

    public ParseCounters Counters { get; } = new();

    public IEnumerable<IngestResult<DeviceSnapshot>> Parse(Stream stream, string file, IngestLimits? limits = null)
    {
        foreach (var record in JsonRecordReader.Read(stream, file, limits))
        {
            Counters.Records++;
            if (record.Error is not null)
            {
                Counters.Errors++;
                yield return IngestResult<DeviceSnapshot>.Fail(record.Error);
                continue;
            }
            List<IngestResult<DeviceSnapshot>> results;
            try
            {
                using var doc = JsonDocument.Parse(record.Utf8);
                results = ParseLine(doc.RootElement, LineHash.Of(record.Utf8.Span), record.Line, file);
            }
            catch (JsonException e)
            {
                results = [IngestResult<DeviceSnapshot>.Fail(new IngestError(file, record.Line, null, IngestErrorMessages.InvalidJson(e.Message)))];
            }
            if (results.Count == 0)
            {
                Counters.Ignored++;
            }
            foreach (var r in results)
            {
                Counters.Count(r.IsSuccess);
                yield return r;
            }
        }
    }

    public static List<IngestResult<DeviceSnapshot>> ParseLine(JsonElement e, string hash, long line, string file)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            return [IngestResult<DeviceSnapshot>.Fail(new IngestError(file, line, null, IngestErrorMessages.NotAnObject))];
        }
        var name = e.Str("name");
        if (name is null)
        {
            return [IngestResult<DeviceSnapshot>.Fail(new IngestError(file, line, "name", IngestErrorMessages.Required))];
        }
        var host = e.Str("hostIdentifier");
        if (host is null)
        {
            return [IngestResult<DeviceSnapshot>.Fail(new IngestError(file, line, "hostIdentifier", IngestErrorMessages.Required))];
        }
        var unix = e.Long("unixTime");
        if (unix is null or < 0 or > 253402300799)
        {
            return [IngestResult<DeviceSnapshot>.Fail(new IngestError(file, line, "unixTime",
                e.Str("unixTime") is { } t ? IngestErrorMessages.InvalidNumber(t) : IngestErrorMessages.Required))];
        }
        var at = DateTimeOffset.FromUnixTimeSeconds(unix.Value);
        var table = TableOf(name);
        var decorations = e.Obj("decorations") is { ValueKind: JsonValueKind.Object } d ? d : e;
        var user = decorations.Str("username") ?? decorations.Str("user") ?? decorations.Str("email");
        var counter = e.Long("counter") ?? 0;
        var parts = new List<(string Action, List<JsonElement> Rows)>();
        if (e.TryGet("columns", out var columns) && columns.ValueKind == JsonValueKind.Object)
        {
            parts.Add((e.Str("action") ?? "added", [columns]));
        }
        else if (e.TryGet("snapshot", out var snapshot) && snapshot.ValueKind == JsonValueKind.Array)
        {
            parts.Add(("snapshot", [.. snapshot.EnumerateArray()]));
        }
        else if (e.Obj("diffResults") is { ValueKind: JsonValueKind.Object } diff)
        {
            foreach (var action in (string[])["added", "removed"])
            {
                if (diff.TryGet(action, out var rows) && rows.ValueKind == JsonValueKind.Array && rows.GetArrayLength() > 0)
                {
                    parts.Add((action, [.. rows.EnumerateArray()]));
                }
            }
        }
        else
        {
            return [IngestResult<DeviceSnapshot>.Fail(new IngestError(file, line, "columns", "expected 'columns', 'snapshot' or 'diffResults'"))];
        }
        var results = new List<IngestResult<DeviceSnapshot>>();
        foreach (var (action, rows) in parts)
        {
            var software = new List<SoftwareItem>();
            var usb = new List<UsbDevice>();
            HostSystemInfo? info = null;
            foreach (var row in rows)
            {
                switch (table)
                {
                    case EndpointTable.Programs or EndpointTable.Packages:
                        if (row.Str("name") is { } program)
                        {
                            software.Add(new SoftwareItem(program, row.Str("version"), row.Str("publisher") ?? row.Str("maintainer"), row.Str("install_location")));
                        }
                        break;
                    case EndpointTable.Apps:
                        if ((row.Str("bundle_name") ?? row.Str("display_name") ?? row.Str("name")) is { } app)
                        {
                            software.Add(new SoftwareItem(app, row.Str("bundle_short_version"), null, row.Str("path"), row.Str("bundle_identifier")));
                        }
                        break;
                    case EndpointTable.Processes:
                        if (row.Str("name") is { } process)
                        {
                            software.Add(new SoftwareItem(process, null, null, row.Str("path"), row.Str("cmdline")));
                        }
                        break;
                    case EndpointTable.UsbDevices:
                        usb.Add(new UsbDevice(
                            (row.Str("vendor_id") ?? "").ToLowerInvariant().Replace("0x", "", StringComparison.Ordinal),
                            (row.Str("model_id") ?? "").ToLowerInvariant().Replace("0x", "", StringComparison.Ordinal),
                            row.Str("vendor"), row.Str("model"), row.Str("serial")));
                        break;
                    case EndpointTable.SystemInfo:
                        info = new HostSystemInfo(row.Str("hostname"), row.Str("uuid"), row.Str("hardware_vendor"), row.Str("hardware_model"),
                            row.Str("hardware_serial"), row.Str("computer_name"));
                        break;
                }
            }
            results.Add(IngestResult<DeviceSnapshot>.Ok(line, new DeviceSnapshot
            {
                EventId = parts.Count == 1 ? hash : $"{hash}:{action}",
                At = at,
                HostIdentifier = host,
                HostUuid = decorations.Str("host_uuid") ?? info?.Uuid,
                Hostname = decorations.Str("hostname") ?? info?.Hostname,
                User = user?.ToLowerInvariant(),
                QueryName = name,
                Table = table,
                Action = action,
                Counter = counter,
                Software = software,
                UsbDevices = usb,
                SystemInfo = info,
                Line = line,
            }));
        }
        return results;
    }

    /// <summary>The table a scheduled query reads, from its name (<c>pack_vigil_usb_devices</c>).</summary>
    public static EndpointTable TableOf(string queryName)
    {
        var n = queryName.ToLowerInvariant();
        return n.Contains("usb_devices", StringComparison.Ordinal) ? EndpointTable.UsbDevices
            : n.Contains("system_info", StringComparison.Ordinal) ? EndpointTable.SystemInfo
            : n.Contains("deb_packages", StringComparison.Ordinal) ? EndpointTable.Packages
            : n.Contains("programs", StringComparison.Ordinal) ? EndpointTable.Programs
            : n.Contains("processes", StringComparison.Ordinal) ? EndpointTable.Processes
            : n.Contains("logged_in_users", StringComparison.Ordinal) ? EndpointTable.LoggedInUsers
            : n.EndsWith("apps", StringComparison.Ordinal) ? EndpointTable.Apps
            : EndpointTable.Other;
    }

    internal static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
