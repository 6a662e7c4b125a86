using Vigil.Screening.Lists;

namespace Vigil.Screening.Parsers;

/// <summary>
/// The official OFAC CSV files (no header, <c>-0-</c> for empty): sdn.csv / cons_prim.csv (primary records),
/// add.csv / cons_add.csv, alt.csv / cons_alt.csv, sdn_comments.csv / cons_comments.csv. Each file yields entries
/// keyed by <c>source:ent_num</c>; address, alias and comment files yield partial entries that
/// <see cref="ListEntryMerger"/> joins to the primary records.
/// </summary>
public static class OfacCsvParser
{
    public static ListParseResult Parse(string path, ListFormat format, string source)
    {
        var result = new ListParseResult { File = path, Format = format };
        StreamReader reader;
        try
        {
            reader = TextFiles.Open(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            result.Fail(0, null, "cannot read file: " + e.Message);
            return result;
        }
        using (reader)
        {
            var csv = new CsvRecordReader(reader);
            var expected = format switch
            {
                ListFormat.OfacPrimaryCsv => 12,
                ListFormat.OfacAddressCsv => 6,
                ListFormat.OfacAliasCsv => 5,
                _ => 2,
            };
            var byId = new Dictionary<string, ListEntry>(StringComparer.Ordinal);
            var records = 0;
            while (csv.Read() is { } fields)
            {
                records++;
                var line = csv.RecordLine;
                if (csv.RecordError is not null)
                {
                    result.Error(line, null, csv.RecordError + "; record skipped");
                    continue;
                }
                if (fields.Count < expected)
                {
                    result.Error(line, null, $"expected {expected} columns, found {fields.Count}; record skipped");
                    continue;
                }
                var entNum = fields[0];
                if (entNum.Length == 0 || !entNum.All(char.IsAsciiDigit))
                {
                    result.Error(line, "ent_num", $"'{Truncate(entNum)}' is not a number; record skipped");
                    continue;
                }
                if (!byId.TryGetValue(entNum, out var entry))
                {
                    entry = new ListEntry { Id = source + ":" + entNum, Source = source, SourceId = entNum };
                    byId[entNum] = entry;
                    result.Entries.Add(entry);
                }
                switch (format)
                {
                    case ListFormat.OfacPrimaryCsv:
                        ReadPrimary(entry, fields, result, line);
                        break;
                    case ListFormat.OfacAddressCsv:
                        ReadAddress(entry, fields);
                        break;
                    case ListFormat.OfacAliasCsv:
                        ReadAlias(entry, fields, result, line);
                        break;
                    default:
                        OfacRemarks.Apply(entry, string.Join(",", fields.Skip(1)), skipFirstFragment: true);
                        break;
                }
            }
            if (records == 0)
            {
                result.Fail(0, null, "file is empty");
            }
        }
        return result;
    }

    private static void ReadPrimary(ListEntry entry, List<string> f, ListParseResult result, int line)
    {
        if (f[1].Length == 0)
        {
            result.Error(line, "SDN_Name", "empty name");
        }
        entry.Name = f[1];
        entry.Type = f[2].ToLowerInvariant() switch
        {
            "individual" => EntityType.Person,
            "vessel" => EntityType.Vessel,
            "aircraft" => EntityType.Aircraft,
            "" => EntityType.Organization,
            var other => Unknown(result, line, other),
        };
        foreach (var program in f[3].Split(']', StringSplitOptions.RemoveEmptyEntries))
        {
            OfacRemarks.AddUnique(entry.Programs, program.Trim().TrimStart('[').Trim());
        }
        if (f[9].Length > 0 && entry.Type == EntityType.Vessel)
        {
            entry.Identifiers.Add(new ListIdentifier("Vessel Flag", f[9]));
        }
        if (f[5].Length > 0)
        {
            entry.Identifiers.Add(new ListIdentifier("Call Sign", f[5]));
        }
        OfacRemarks.Apply(entry, f[11]);
    }

    private static EntityType Unknown(ListParseResult result, int line, string value)
    {
        result.Error(line, "SDN_Type", $"unknown type '{Truncate(value)}'; kept as unknown");
        return EntityType.Unknown;
    }

    private static void ReadAddress(ListEntry entry, List<string> f)
    {
        var text = string.Join(", ", new[] { f[2], f[3], f[4] }.Where(s => s.Length > 0));
        if (text.Length > 0)
        {
            entry.Addresses.Add(new ListAddress(text, Countries.ToCode(f[4])));
        }
    }

    private static void ReadAlias(ListEntry entry, List<string> f, ListParseResult result, int line)
    {
        if (f[3].Length == 0)
        {
            result.Error(line, "alt_name", "empty alias; record skipped");
            return;
        }
        entry.Aliases.Add(new ListAlias(f[3], AliasQuality.Strong, f[2].Length > 0 ? f[2].ToLowerInvariant() : "aka"));
    }

    private static string Truncate(string s) => s.Length > 40 ? s[..40] + "..." : s;
}
