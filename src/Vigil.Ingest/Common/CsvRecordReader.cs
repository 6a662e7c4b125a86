using System.Text;

namespace Vigil.Ingest.Common;

/// <summary>
/// A streaming RFC 4180 reader: comma-separated, fields optionally in double quotes, <c>""</c> for a quote inside
/// a quoted field, quoted fields may span lines. Constant memory: a record or field beyond the limits is reported
/// and skipped up to the end of its physical line.
/// </summary>
/// <remarks>
/// Chosen over CsvHelper's parser because ingest needs the physical start line of every record and per-field size
/// limits enforced while reading, not after. A leading BOM is dropped. Completely empty lines are skipped.
/// </remarks>
public static class CsvRecordReader
{
    private const int BufferSize = 64 * 1024;

    public static IEnumerable<CsvRow> Read(TextReader reader, string file, IngestLimits? limits = null, char delimiter = ',')
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(file);
        limits ??= IngestLimits.Default;
        var state = new State(file, limits, delimiter);
        var buffer = new char[BufferSize];
        var first = true;
        int read;
        var output = new List<CsvRow>();
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            if (first)
            {
                first = false;
                start = buffer[0] == '\uFEFF' ? 1 : 0;
            }
            for (var i = start; i < read; i++)
            {
                state.Feed(buffer[i], output);
            }
            foreach (var row in output)
            {
                yield return row;
            }
            output.Clear();
        }
        state.Finish(output);
        foreach (var row in output)
        {
            yield return row;
        }
    }

    private sealed class State(string file, IngestLimits limits, char delimiter)
    {
        private readonly List<string> _fields = [];
        private readonly StringBuilder _field = new();
        private long _line = 1;
        private long _recordStart = 1;
        private int _recordChars;
        private bool _inQuotes;
        private bool _quoted;        // current field started with a quote
        private bool _afterQuote;    // a quote was just read inside a quoted field
        private bool _pendingCr;
        private bool _any;           // the record has content
        private IngestError? _error; // set: skip to the end of the physical line

        public void Feed(char c, List<CsvRow> output)
        {
            if (_pendingCr)
            {
                _pendingCr = false;
                if (c == '\n')
                {
                    return;
                }
            }
            if (_error is not null)
            {
                if (c is '\n' or '\r')
                {
                    output.Add(new CsvRow(_recordStart, [], _error));
                    _error = null;
                    Reset();
                    NewLine(c);
                }
                return;
            }
            if (++_recordChars > limits.MaxLineChars)
            {
                Fail(IngestErrorMessages.RecordTooLong(limits.MaxLineChars), c, output);
                return;
            }
            if (_inQuotes)
            {
                if (_afterQuote)
                {
                    _afterQuote = false;
                    if (c == '"')
                    {
                        Append('"', output);
                        return;
                    }
                    _inQuotes = false;
                    // fall through: the quote closed the field; c must end it.
                }
                else if (c == '"')
                {
                    _afterQuote = true;
                    return;
                }
                else
                {
                    if (c == '\n' || c == '\r')
                    {
                        // CRLF, LF and CR inside a quoted field all become one LF.
                        NewLine(c);
                        Append('\n', output);
                        return;
                    }
                    Append(c, output);
                    return;
                }
            }
            if (c == delimiter)
            {
                EndField();
                _any = true;
                return;
            }
            if (c is '\n' or '\r')
            {
                if (_any || _field.Length > 0 || _quoted)
                {
                    EndField();
                    output.Add(new CsvRow(_recordStart, _fields.ToArray(), null));
                }
                Reset();
                NewLine(c);
                return;
            }
            if (_quoted)
            {
                Fail(IngestErrorMessages.CharacterAfterQuote, c, output);
                return;
            }
            if (c == '"' && _field.Length == 0)
            {
                _inQuotes = true;
                _quoted = true;
                _any = true;
                return;
            }
            _any = true;
            Append(c, output);
        }

        public void Finish(List<CsvRow> output)
        {
            if (_error is not null)
            {
                output.Add(new CsvRow(_recordStart, [], _error));
                return;
            }
            if (_inQuotes && !_afterQuote)
            {
                output.Add(new CsvRow(_recordStart, [], new IngestError(file, _recordStart, null, IngestErrorMessages.UnterminatedQuote)));
                return;
            }
            if (_any || _field.Length > 0 || _quoted)
            {
                EndField();
                output.Add(new CsvRow(_recordStart, _fields.ToArray(), null));
            }
        }

        private void Append(char c, List<CsvRow> output)
        {
            if (_field.Length >= limits.MaxFieldChars)
            {
                var column = _fields.Count + 1;
                Fail($"field {column}: " + IngestErrorMessages.FieldTooLong(limits.MaxFieldChars), c, output);
                return;
            }
            _field.Append(c);
        }

        private void Fail(string message, char c, List<CsvRow> output)
        {
            _error = new IngestError(file, _recordStart, null, message);
            _field.Clear();
            _fields.Clear();
            _inQuotes = false;
            if (c is '\n' or '\r')
            {
                output.Add(new CsvRow(_recordStart, [], _error));
                _error = null;
                Reset();
                NewLine(c);
            }
        }

        private void NewLine(char c)
        {
            _line++;
            _pendingCr = c == '\r';
            if (!_inQuotes)
            {
                _recordStart = _line;
            }
        }

        private void EndField()
        {
            _fields.Add(_field.ToString());
            _field.Clear();
            _quoted = false;
        }

        private void Reset()
        {
            _fields.Clear();
            _field.Clear();
            _quoted = false;
            _inQuotes = false;
            _afterQuote = false;
            _any = false;
            _recordChars = 0;
        }
    }
}
