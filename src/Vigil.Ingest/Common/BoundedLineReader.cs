using System.Text;

namespace Vigil.Ingest.Common;

/// <summary>
/// Reads lines from a <see cref="TextReader"/> in constant memory: a line longer than the limit is reported and its
/// remainder skipped without ever being buffered whole. For JSON Lines, NDJSON and similar one-record-per-line files.
/// </summary>
/// <remarks>
/// Terminators are <c>\n</c>, <c>\r\n</c> and a lone <c>\r</c>. A byte-order mark left at the start of the text
/// (when the reader was not created with BOM detection) is dropped. Blank lines are returned; callers skip them.
/// </remarks>
public static class BoundedLineReader
{
    private const int BufferSize = 64 * 1024;

    public static IEnumerable<TextLine> ReadLines(TextReader reader, string file, IngestLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(file);
        var max = (limits ?? IngestLimits.Default).MaxLineChars;
        var buffer = new char[BufferSize];
        var line = new StringBuilder();
        long number = 1;
        var tooLong = false;
        var first = true;
        var pendingCr = false;
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            if (first)
            {
                first = false;
                if (buffer[0] == '\uFEFF')
                {
                    start = 1;
                }
            }
            for (var i = start; i < read; i++)
            {
                var c = buffer[i];
                if (pendingCr)
                {
                    pendingCr = false;
                    if (c == '\n')
                    {
                        continue;
                    }
                }
                if (c == '\n' || c == '\r')
                {
                    yield return Complete(line, number, tooLong, file, max);
                    line.Clear();
                    tooLong = false;
                    number++;
                    pendingCr = c == '\r';
                    continue;
                }
                if (tooLong)
                {
                    continue;
                }
                if (line.Length >= max)
                {
                    // Drop what we have: the line is rejected anyway and holding it would defeat the limit.
                    tooLong = true;
                    line.Clear();
                    continue;
                }
                line.Append(c);
            }
        }
        if (line.Length > 0 || tooLong)
        {
            yield return Complete(line, number, tooLong, file, max);
        }
    }

    private static TextLine Complete(StringBuilder line, long number, bool tooLong, string file, int max) =>
        tooLong
            ? new TextLine(number, null, new IngestError(file, number, null, IngestErrorMessages.LineTooLong(max)))
            : new TextLine(number, line.ToString(), null);
}
