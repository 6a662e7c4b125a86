using System.Globalization;
using Vigil.Core.Reference;
using Vigil.Intel.Data;

namespace Vigil.Intel.Ip.Sources;

/// <summary>
/// Reads a provider table: CSV with header <c>match,kind,provider,reference</c>, <c>#</c> comment lines. <c>match</c> is
/// <c>AS&lt;number&gt;</c> or a CIDR/address; <c>kind</c> is hosting, proxy, relay (Private Relay), vpn or tor. The
/// built-in table ships embedded in Vigil.Intel; users add their own (e.g. Astrill egress ranges) as
/// <c>.vigil/intel/providers.csv</c>.
/// </summary>
public static class ProviderTableReader
{
    public const string BuiltInResource = "Vigil.Intel.providers.csv";

    public static TextReader OpenBuiltIn() =>
        new StreamReader(typeof(ProviderTableReader).Assembly.GetManifestResourceStream(BuiltInResource)
            ?? throw new InvalidOperationException($"embedded resource {BuiltInResource} is missing from Vigil.Intel"));

    public static (List<AsnRule> Rules, List<(IpRange Range, RangeLabel Label)> Ranges) Read(
        TextReader reader, string fileName, string source, LoadIssues issues)
    {
        var rules = new List<AsnRule>();
        var ranges = new List<(IpRange, RangeLabel)>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var text = line.Trim();
            if (text.Length == 0 || text[0] == '#' || text.StartsWith("match,", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var fields = text.Split(',', 4, StringSplitOptions.TrimEntries);
            if (fields.Length < 3)
            {
                issues.Add(fileName, lineNumber, null, "expected match,kind,provider[,reference]");
                continue;
            }
            if (!TryParseKind(fields[1], out var kind))
            {
                issues.Add(fileName, lineNumber, "kind", $"'{fields[1]}' is not one of hosting, proxy, relay, vpn, tor");
                continue;
            }
            if (fields[2].Length == 0)
            {
                issues.Add(fileName, lineNumber, "provider", "empty provider name");
                continue;
            }
            var match = fields[0];
            if (match.StartsWith("AS", StringComparison.OrdinalIgnoreCase)
                && uint.TryParse(match.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var asn))
            {
                rules.Add(new AsnRule(asn, kind, fields[2], source));
            }
            else if (IpKey.TryParseRange(match, out var range))
            {
                ranges.Add((range, new RangeLabel(kind, fields[2], source)));
            }
            else
            {
                issues.Add(fileName, lineNumber, "match", $"'{match}' is neither AS<number> nor an IP address or CIDR");
            }
        }
        return (rules, ranges);
    }

    public static bool TryParseKind(string text, out AnonymizerKind kind)
    {
        kind = text.Trim().ToLowerInvariant() switch
        {
            "hosting" or "datacenter" => AnonymizerKind.Hosting,
            "proxy" => AnonymizerKind.Proxy,
            "relay" or "privaterelay" or "private-relay" => AnonymizerKind.PrivateRelay,
            "vpn" => AnonymizerKind.Vpn,
            "tor" => AnonymizerKind.Tor,
            _ => AnonymizerKind.None,
        };
        return kind != AnonymizerKind.None;
    }
}
