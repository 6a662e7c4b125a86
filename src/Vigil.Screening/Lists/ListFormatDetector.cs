using System.Text;

namespace Vigil.Screening.Lists;

/// <summary>
/// Picks the <see cref="ListFormat"/> of a file from its name and first bytes. OFAC's own names (sdn.csv,
/// add.csv, alt.csv, sdn_comments.csv, cons_*.csv, SDN.XML) are recognized first; otherwise the content decides
/// (XML root element, JSON shape, CSV header or column count, address-per-line text).
/// </summary>
public static class ListFormatDetector
{
    public static (ListFormat Format, string Source) Detect(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        switch (name)
        {
            case "sdn.csv": return (ListFormat.OfacPrimaryCsv, ListSource.OfacSdn);
            case "add.csv": return (ListFormat.OfacAddressCsv, ListSource.OfacSdn);
            case "alt.csv": return (ListFormat.OfacAliasCsv, ListSource.OfacSdn);
            case "sdn_comments.csv": return (ListFormat.OfacCommentsCsv, ListSource.OfacSdn);
            case "cons_prim.csv": return (ListFormat.OfacPrimaryCsv, ListSource.OfacConsolidated);
            case "cons_add.csv": return (ListFormat.OfacAddressCsv, ListSource.OfacConsolidated);
            case "cons_alt.csv": return (ListFormat.OfacAliasCsv, ListSource.OfacConsolidated);
            case "cons_comments.csv": return (ListFormat.OfacCommentsCsv, ListSource.OfacConsolidated);
            case "cons.xml" or "consolidated_nonsdn.xml": return (ListFormat.OfacXml, ListSource.OfacConsolidated);
        }
        string head;
        try
        {
            using var stream = File.OpenRead(path);
            var buffer = new byte[4096];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            head = Encoding.Latin1.GetString(buffer, 0, read).TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF', ' ', '\r', '\n', '\t');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (ListFormat.Unknown, "");
        }
        if (head.StartsWith('<'))
        {
            if (head.Contains("<sdnList", StringComparison.Ordinal))
            {
                return (ListFormat.OfacXml, name.Contains("cons", StringComparison.Ordinal) ? ListSource.OfacConsolidated : ListSource.OfacSdn);
            }
            return head.Contains("<CONSOLIDATED_LIST", StringComparison.Ordinal) ? (ListFormat.UnXml, ListSource.UnSc) : (ListFormat.Unknown, "");
        }
        if (head.StartsWith('{'))
        {
            return head.Contains("\"entries\"", StringComparison.Ordinal) || head.Contains("\"uid\"", StringComparison.Ordinal)
                ? (ListFormat.OfacParsedJson, ListSource.OfacSdn) : (ListFormat.Unknown, "");
        }
        if (head.StartsWith('['))
        {
            return (ListFormat.CryptoList, ListSource.CryptoAddresses);
        }
        if (head.StartsWith("uid,name,type,programs", StringComparison.Ordinal))
        {
            return (ListFormat.OfacParsedCsv, ListSource.OfacSdn);
        }
        var firstLine = head.Split('\n')[0].TrimEnd('\r');
        if (firstLine.Length > 0 && char.IsAsciiDigit(firstLine[0]) && firstLine.Contains(',', StringComparison.Ordinal))
        {
            // Headerless OFAC CSV under another name: judge by the number of columns of the first record.
            var columns = CountColumns(firstLine);
            var source = name.Contains("cons", StringComparison.Ordinal) ? ListSource.OfacConsolidated : ListSource.OfacSdn;
            return columns switch
            {
                12 => (ListFormat.OfacPrimaryCsv, source),
                6 => (ListFormat.OfacAddressCsv, source),
                5 => (ListFormat.OfacAliasCsv, source),
                _ => (ListFormat.Unknown, ""),
            };
        }
        var firstData = head.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && !l.StartsWith('#')) ?? "";
        if (name.EndsWith(".txt", StringComparison.Ordinal) && firstData.Split([' ', '\t', ':'], StringSplitOptions.RemoveEmptyEntries) is { Length: 1 or 2 } parts && parts[^1].Length >= 20)
        {
            return (ListFormat.CryptoList, ListSource.CryptoAddresses);
        }
        return (ListFormat.Unknown, "");
    }

    private static int CountColumns(string line)
    {
        var count = 1;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"') { quoted = !quoted; }
            else if (c == ',' && !quoted) { count++; }
        }
        return count;
    }
}
