using System.Text.Json;
using Vigil.Screening.Lists;

namespace Vigil.Screening.Parsers;

/// <summary>
/// Community re-packagings of the SDN list that keep OFAC's uid: JSON <c>{"published":..., "entries":[{uid, name,
/// type, programs[], alternateNames[]}]}</c> and CSV with header <c>uid,name,type,programs,alternate_names</c>
/// (<c>;</c>-joined). They carry names and programs only; loading them beside an official sdn.csv merges the
/// remarks (DOB, wallets...) in by uid.
/// </summary>
public static class OfacParsedParser
{
    /// <summary>Largest JSON file accepted (the full list is ~4 MB).</summary>
    public const long MaxJsonBytes = 256L * 1024 * 1024;

    public static ListParseResult ParseJson(string path)
    {
        var result = new ListParseResult { File = path, Format = ListFormat.OfacParsedJson };
        try
        {
            if (new FileInfo(path).Length > MaxJsonBytes)
            {
                result.Fail(0, null, $"file larger than {MaxJsonBytes} bytes");
                return result;
            }
            using var stream = File.OpenRead(path);
            using var doc = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 16, AllowTrailingCommas = true });
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("entries", out var entries) || entries.ValueKind != JsonValueKind.Array)
            {
                result.Fail(1, "entries", "expected an object with an 'entries' array");
                return result;
            }
            if (root.TryGetProperty("published", out var published) && published.ValueKind == JsonValueKind.String)
            {
                result.Version = published.GetString();
            }
            var index = 0;
            foreach (var item in entries.EnumerateArray())
            {
                index++;
                var uid = item.TryGetProperty("uid", out var u) ? u.ValueKind == JsonValueKind.Number ? u.GetRawText() : u.ToString() : "";
                var name = item.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() ?? "" : "";
                if (uid.Length == 0 || !uid.All(char.IsAsciiDigit) || name.Length == 0)
                {
                    result.Error(0, $"entries[{index - 1}]", "entry without numeric uid or name; skipped");
                    continue;
                }
                var entry = New(uid, name, item.TryGetProperty("type", out var t) ? t.GetString() : null, result.Version);
                if (item.TryGetProperty("programs", out var programs) && programs.ValueKind == JsonValueKind.Array)
                {
                    foreach (var p in programs.EnumerateArray())
                    {
                        if (p.ValueKind == JsonValueKind.String) { OfacRemarks.AddUnique(entry.Programs, p.GetString()!); }
                    }
                }
                if (item.TryGetProperty("alternateNames", out var alts) && alts.ValueKind == JsonValueKind.Array)
                {
                    foreach (var a in alts.EnumerateArray())
                    {
                        if (a.ValueKind == JsonValueKind.String && a.GetString() is { Length: > 0 } alias)
                        {
                            entry.Aliases.Add(new ListAlias(alias, AliasQuality.Strong));
                        }
                    }
                }
                result.Entries.Add(entry);
            }
        }
        catch (JsonException e)
        {
            result.Fail((int)(e.LineNumber ?? 0) + 1, e.Path, "malformed JSON: " + e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            result.Fail(0, null, "cannot read file: " + e.Message);
        }
        return result;
    }

    public static ListParseResult ParseCsv(string path)
    {
        var result = new ListParseResult { File = path, Format = ListFormat.OfacParsedCsv };
        try
        {
            using var reader = TextFiles.Open(path);
            var csv = new CsvRecordReader(reader);
            var header = csv.Read();
            if (header is null || header.Count < 5 || header[0] != "uid" || header[1] != "name")
            {
                result.Fail(1, null, "expected header uid,name,type,programs,alternate_names");
                return result;
            }
            while (csv.Read() is { } f)
            {
                if (csv.RecordError is not null || f.Count < 5)
                {
                    result.Error(csv.RecordLine, null, (csv.RecordError ?? $"expected 5 columns, found {f.Count}") + "; record skipped");
                    continue;
                }
                if (!f[0].All(char.IsAsciiDigit) || f[0].Length == 0 || f[1].Length == 0)
                {
                    result.Error(csv.RecordLine, "uid", "missing numeric uid or name; record skipped");
                    continue;
                }
                var entry = New(f[0], f[1], f[2], null);
                foreach (var p in f[3].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    OfacRemarks.AddUnique(entry.Programs, p);
                }
                foreach (var a in f[4].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    entry.Aliases.Add(new ListAlias(a, AliasQuality.Strong));
                }
                result.Entries.Add(entry);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            result.Fail(0, null, "cannot read file: " + e.Message);
        }
        return result;
    }

    private static ListEntry New(string uid, string name, string? type, string? version) => new()
    {
        Id = ListSource.OfacSdn + ":" + uid,
        Source = ListSource.OfacSdn,
        SourceId = uid,
        Name = name,
        ListVersion = version,
        Type = type?.ToLowerInvariant() switch
        {
            "individual" => EntityType.Person,
            "entity" => EntityType.Organization,
            "vessel" => EntityType.Vessel,
            "aircraft" => EntityType.Aircraft,
            _ => EntityType.Unknown,
        },
    };
}
