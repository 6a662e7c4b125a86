using Vigil.Screening.Parsers;

namespace Vigil.Screening.Lists;

/// <summary>
/// Reads list files and folders (format auto-detected), merges records of the same entry across files, and
/// returns the entries with every file's errors. Files are parsed in parallel; merging is deterministic (primary
/// records first, then by path).
/// </summary>
public static class ListLoader
{
    /// <summary>Files larger than this are refused before parsing (a real SDN.XML is ~30 MB).</summary>
    public const long MaxFileBytes = 1L << 30;

    public static LoadedLists Load(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var missing = new List<ParseError>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetFileName(f).Equals("SOURCE.md", StringComparison.OrdinalIgnoreCase) && !f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                missing.Add(new ParseError(path, 0, null, "no such file or folder"));
            }
        }
        var results = new ListParseResult[files.Count];
        Parallel.For(0, files.Count, i => results[i] = ParseFile(files[i]));
        var loaded = new LoadedLists();
        loaded.Errors.AddRange(missing);
        var byId = new Dictionary<string, ListEntry>(StringComparer.Ordinal);
        // Primary records first so that names and types exist before alias/address rows join them.
        foreach (var result in results.OrderBy(r => r.Format is ListFormat.OfacPrimaryCsv or ListFormat.OfacXml or ListFormat.UnXml or ListFormat.OfacParsedJson or ListFormat.OfacParsedCsv ? 0 : 1))
        {
            loaded.Files.Add(result);
            loaded.Errors.AddRange(result.Errors);
            foreach (var entry in result.Entries)
            {
                entry.ListVersion ??= result.Version;
                if (byId.TryGetValue(entry.Id, out var existing))
                {
                    ListEntryMerger.Merge(existing, entry);
                }
                else
                {
                    byId[entry.Id] = entry;
                    loaded.Entries.Add(entry);
                }
            }
        }
        var orphans = loaded.Entries.RemoveAll(e => e.Name.Length == 0 && e.Wallets.Count == 0);
        if (orphans > 0)
        {
            loaded.Errors.Add(new ParseError("(merge)", 0, null, $"{orphans} alias/address/comment records had no primary record in the files loaded; ignored"));
        }
        return loaded;
    }

    /// <summary>Parses one file with the parser its detected format calls for.</summary>
    public static ListParseResult ParseFile(string path)
    {
        try
        {
            if (new FileInfo(path).Length > MaxFileBytes)
            {
                var big = new ListParseResult { File = path, Format = ListFormat.Unknown };
                big.Fail(0, null, $"file larger than {MaxFileBytes} bytes; refused");
                return big;
            }
        }
        catch (IOException e)
        {
            var err = new ListParseResult { File = path, Format = ListFormat.Unknown };
            err.Fail(0, null, "cannot read file: " + e.Message);
            return err;
        }
        var (format, source) = ListFormatDetector.Detect(path);
        return format switch
        {
            ListFormat.OfacPrimaryCsv or ListFormat.OfacAddressCsv or ListFormat.OfacAliasCsv or ListFormat.OfacCommentsCsv
                => OfacCsvParser.Parse(path, format, source),
            ListFormat.OfacXml => OfacXmlParser.Parse(path, source),
            ListFormat.UnXml => UnXmlParser.Parse(path),
            ListFormat.OfacParsedJson => OfacParsedParser.ParseJson(path),
            ListFormat.OfacParsedCsv => OfacParsedParser.ParseCsv(path),
            ListFormat.CryptoList => CryptoListParser.Parse(path),
            _ => Unrecognized(path),
        };
    }

    private static ListParseResult Unrecognized(string path)
    {
        var result = new ListParseResult { File = path, Format = ListFormat.Unknown };
        result.Fail(1, null, "unrecognized list format (expected OFAC CSV/XML, UN XML, parsed SDN JSON/CSV or a crypto address list)");
        return result;
    }
}
