using System.Globalization;
using Vigil.Intel.Data;

namespace Vigil.Intel.Ip;

/// <summary>
/// Reads ip-location-db ASN CSVs: <c>ip_range_start,ip_range_end,autonomous_system_number,autonomous_system_organization</c>,
/// no header, inclusive ranges, either as addresses (<c>asn-ipv4.csv</c>, <c>asn-ipv6.csv</c>) or as integers
/// (<c>asn-ipv4-num.csv</c>, <c>asn-ipv6-num.csv</c>; IPv6 needs 128 bits). Bad rows become <see cref="LoadIssue"/>s.
/// </summary>
public sealed class AsnTableBuilder
{
    private readonly List<(uint Start, uint End, int Record)> _v4 = [];
    private readonly List<(UInt128 Start, UInt128 End, int Record)> _v6 = [];
    private readonly List<AsnRecord> _records = [];
    private readonly Dictionary<(uint, string), int> _recordIds = [];
    private readonly List<string> _rawOrganizations = [];
    private readonly Dictionary<uint, int> _lastByAsn = [];

    public int Rows => _v4.Count + _v6.Count;

    /// <summary>Reads one CSV file. <paramref name="ipv6"/> tells how to read numeric bounds; address bounds are
    /// recognised either way.</summary>
    public void AddCsv(TextReader reader, string fileName, bool ipv6, LoadIssues issues)
    {
        var lineNumber = 0;
        Span<Range> fields = stackalloc Range[4];
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }
            var span = line.AsSpan();
            // Only the fourth field (the organization) can be quoted, so split the first three on commas.
            var count = span.Split(fields, ',', StringSplitOptions.None);
            if (count < 4)
            {
                issues.Add(fileName, lineNumber, null, "expected 4 fields: start,end,asn,organization");
                continue;
            }
            var organization = span[fields[3].Start.Value..].Trim();
            if (!uint.TryParse(span[fields[2]], NumberStyles.None, CultureInfo.InvariantCulture, out var asn))
            {
                issues.Add(fileName, lineNumber, "autonomous_system_number", $"'{span[fields[2]]}' is not an AS number");
                continue;
            }
            var startText = span[fields[0]];
            var endText = span[fields[1]];
            IpRange range;
            if (startText.ContainsAny('.', ':'))
            {
                if (!IpKey.TryParseRange(startText, endText, out range))
                {
                    issues.Add(fileName, lineNumber, "ip_range_start", "not a valid inclusive address range");
                    continue;
                }
            }
            else if (ipv6)
            {
                if (!UInt128.TryParse(startText, NumberStyles.None, CultureInfo.InvariantCulture, out var s)
                    || !UInt128.TryParse(endText, NumberStyles.None, CultureInfo.InvariantCulture, out var e) || s > e)
                {
                    issues.Add(fileName, lineNumber, "ip_range_start", "not a valid numeric IPv6 range");
                    continue;
                }
                range = IpRange.V6(s, e);
            }
            else
            {
                if (!uint.TryParse(startText, NumberStyles.None, CultureInfo.InvariantCulture, out var s)
                    || !uint.TryParse(endText, NumberStyles.None, CultureInfo.InvariantCulture, out var e) || s > e)
                {
                    issues.Add(fileName, lineNumber, "ip_range_start", "not a valid numeric IPv4 range");
                    continue;
                }
                range = IpRange.V4(s, e);
            }
            AddRange(range, RecordId(asn, organization));
        }
    }

    /// <summary>The record for (asn, raw organization field), allocating the organization string only the first
    /// time: an AS keeps one name across its hundreds of ranges, so the 515,000 rows of the real files share ~91,000.</summary>
    private int RecordId(uint asn, ReadOnlySpan<char> rawOrganization)
    {
        if (_lastByAsn.TryGetValue(asn, out var last) && rawOrganization.SequenceEqual(_rawOrganizations[last]))
        {
            return last;
        }
        var organization = Unquote(rawOrganization);
        if (!_recordIds.TryGetValue((asn, organization), out var id))
        {
            id = _records.Count;
            _records.Add(new AsnRecord(asn, organization));
            _rawOrganizations.Add(rawOrganization.ToString());
            _recordIds.Add((asn, organization), id);
        }
        _lastByAsn[asn] = id;
        return id;
    }

    public void Add(IpRange range, uint asn, string organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        AddRange(range, RecordId(asn, organization.Contains(',', StringComparison.Ordinal) ? $"\"{organization.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : organization));
    }

    private void AddRange(IpRange range, int id)
    {
        if (range.IsV4)
        {
            _v4.Add((range.Start4, range.End4, id));
        }
        else
        {
            _v6.Add((range.Start, range.End, id));
        }
    }

    public AsnTable Build() =>
        new(RangeTable<uint>.FromFirstWins(_v4), RangeTable<UInt128>.FromFirstWins(_v6), [.. _records]);

    private static string Unquote(ReadOnlySpan<char> field)
    {
        field = field.Trim();
        if (field.Length >= 2 && field[0] == '"' && field[^1] == '"')
        {
            return field[1..^1].ToString().Replace("\"\"", "\"", StringComparison.Ordinal);
        }
        return field.ToString();
    }
}
