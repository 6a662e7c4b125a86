using Vigil.Intel.Data;

namespace Vigil.Intel.Ip.Sources;

/// <summary>
/// Reads ipcat's <c>datacenters.csv</c> (https://github.com/client9/ipcat, MIT): no header,
/// <c>start_ip,end_ip,provider_name,provider_url</c>, IPv4 inclusive ranges of hosting and cloud providers.
/// </summary>
public static class IpcatCsvReader
{
    public static int Read(TextReader reader, string fileName, LoadIssues issues, Action<IpRange, string> add)
    {
        var lineNumber = 0;
        var added = 0;
        Span<Range> fields = stackalloc Range[4];
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var span = line.AsSpan();
            if (span.Trim().IsEmpty || span[0] == '#')
            {
                continue;
            }
            var count = span.Split(fields, ',');
            if (count < 3)
            {
                issues.Add(fileName, lineNumber, null, "expected start_ip,end_ip,provider_name,provider_url");
                continue;
            }
            if (!IpKey.TryParseRange(span[fields[0]], span[fields[1]], out var range))
            {
                issues.Add(fileName, lineNumber, "start_ip", "not a valid inclusive address range");
                continue;
            }
            var provider = span[fields[2]].Trim().Trim('"').ToString();
            add(range, provider);
            added++;
        }
        return added;
    }
}
