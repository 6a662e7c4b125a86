using System.Globalization;
using Vigil.Core.Reference;
using Vigil.Intel.Data;

namespace Vigil.Intel.Ip.Sources;

/// <summary>
/// Reads X4BNet's ASN inputs (<c>input/vpn/ASN.txt</c>, <c>input/datacenter/ASN.txt</c>): one
/// <c>AS&lt;number&gt; # name, country</c> per line. The comment is the provider name.
/// </summary>
public static class AsnRuleListReader
{
    public static List<AsnRule> Read(TextReader reader, string fileName, AnonymizerKind kind, string source, LoadIssues issues)
    {
        var rules = new List<AsnRule>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var span = line.AsSpan().Trim();
            if (span.IsEmpty || span[0] == '#')
            {
                continue;
            }
            var hash = span.IndexOf('#');
            var asnText = (hash >= 0 ? span[..hash] : span).Trim();
            var name = hash >= 0 ? span[(hash + 1)..].Trim().ToString() : "";
            if (asnText.StartsWith("AS", StringComparison.OrdinalIgnoreCase))
            {
                asnText = asnText[2..];
            }
            if (!uint.TryParse(asnText, NumberStyles.None, CultureInfo.InvariantCulture, out var asn))
            {
                issues.Add(fileName, lineNumber, null, $"'{CidrListReader.Clip(span)}' does not start with an AS number");
                continue;
            }
            rules.Add(new AsnRule(asn, kind, name.Length > 0 ? name : "AS" + asn.ToString(CultureInfo.InvariantCulture), source));
        }
        return rules;
    }
}
