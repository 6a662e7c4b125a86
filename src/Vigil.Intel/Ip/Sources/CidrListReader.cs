using Vigil.Intel.Data;

namespace Vigil.Intel.Ip.Sources;

/// <summary>
/// Reads plain address lists, one CIDR or address per line: X4BNet <c>output/*/ipv4.txt</c>, Tor exit lists
/// (<c>tor-exit-nodes.lst</c>, the Tor Project's <c>torbulkexitlist</c>). <c>#</c> starts a comment; blank lines are
/// skipped; a line that is no address is reported with its number and skipped.
/// </summary>
public static class CidrListReader
{
    public static int Read(TextReader reader, string fileName, LoadIssues issues, Action<IpRange> add)
    {
        var lineNumber = 0;
        var added = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var text = line.AsSpan();
            var hash = text.IndexOf('#');
            if (hash >= 0)
            {
                text = text[..hash];
            }
            text = text.Trim();
            if (text.IsEmpty)
            {
                continue;
            }
            if (IpKey.TryParseRange(text, out var range))
            {
                add(range);
                added++;
            }
            else
            {
                issues.Add(fileName, lineNumber, null, $"'{Clip(text)}' is not an IP address or CIDR");
            }
        }
        return added;
    }

    internal static string Clip(ReadOnlySpan<char> text) => text.Length <= 60 ? text.ToString() : text[..60].ToString() + "…";
}
