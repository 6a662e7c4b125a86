using System.Text;

namespace Vigil.Screening.Parsers;

/// <summary>
/// Minimal streaming RFC 4180 reader for the OFAC files: quoted fields with doubled quotes, CR/LF/CRLF, the
/// trailing 0x1A end-of-file byte OFAC appends, and line numbers for error messages. Fields are returned trimmed;
/// OFAC's <c>-0-</c> placeholder becomes empty.
/// </summary>
/// <remarks>
/// OFAC fields never span lines, so by default a line end inside quotes ends the record and flags it
/// (<see cref="RecordError"/>): one broken quote cannot swallow the rest of the file. Records longer than
/// <see cref="MaxRecordChars"/> are flagged and cut at the end of their line.
/// </remarks>
public sealed class CsvRecordReader(TextReader reader, bool multilineFields = false)
{
    /// <summary>Longest record accepted (OFAC's longest remark is ~6 KB).</summary>
    public const int MaxRecordChars = 1 << 20;

    private int _line = 1;
    private readonly StringBuilder _field = new();

    /// <summary>Line where the last returned record started.</summary>
    public int RecordLine { get; private set; }

    /// <summary>Set when the last record was malformed (unterminated quote, too long); its fields are partial.</summary>
    public string? RecordError { get; private set; }

    /// <summary>Reads the next record, or null at end of input. Blank lines are skipped.</summary>
    public List<string>? Read()
    {
        while (true)
        {
            var peek = reader.Peek();
            if (peek < 0)
            {
                return null;
            }
            if (peek is '\r' or '\n')
            {
                ConsumeNewline();
                continue;
            }
            if (peek == 0x1A)
            {
                reader.Read();
                continue;
            }
            break;
        }
        RecordLine = _line;
        RecordError = null;
        var fields = new List<string>(12);
        var total = 0;
        _field.Clear();
        var inQuotes = false;
        var quotedField = false;
        while (true)
        {
            var c = reader.Read();
            if (c < 0)
            {
                if (inQuotes)
                {
                    RecordError = "unterminated quoted field at end of file";
                }
                fields.Add(Finish(quotedField));
                return fields;
            }
            if (++total > MaxRecordChars)
            {
                RecordError = $"record longer than {MaxRecordChars} characters";
                SkipToLineEnd();
                fields.Add(Finish(quotedField));
                return fields;
            }
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        _field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else if (c is '\r' or '\n' && !multilineFields)
                {
                    if (c == '\r' && reader.Peek() == '\n')
                    {
                        reader.Read();
                    }
                    _line++;
                    RecordError = "unterminated quoted field";
                    fields.Add(Finish(quotedField));
                    return fields;
                }
                else
                {
                    if (c == '\n')
                    {
                        _line++;
                    }
                    _field.Append((char)c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when _field.Length == 0 || IsBlank(_field):
                    _field.Clear();
                    inQuotes = true;
                    quotedField = true;
                    break;
                case ',':
                    fields.Add(Finish(quotedField));
                    quotedField = false;
                    break;
                case '\r' or '\n':
                    if (c == '\r' && reader.Peek() == '\n')
                    {
                        reader.Read();
                    }
                    _line++;
                    fields.Add(Finish(quotedField));
                    return fields;
                case 0x1A:
                    break;
                default:
                    _field.Append((char)c);
                    break;
            }
        }
    }

    private string Finish(bool quoted)
    {
        var text = _field.ToString().Trim();
        _field.Clear();
        return !quoted && text == "-0-" ? "" : text;
    }

    private static bool IsBlank(StringBuilder sb)
    {
        for (var i = 0; i < sb.Length; i++)
        {
            if (!char.IsWhiteSpace(sb[i]))
            {
                return false;
            }
        }
        return true;
    }

    private void ConsumeNewline()
    {
        var c = reader.Read();
        if (c == '\r' && reader.Peek() == '\n')
        {
            reader.Read();
        }
        _line++;
    }

    private void SkipToLineEnd()
    {
        while (true)
        {
            var c = reader.Read();
            if (c < 0)
            {
                return;
            }
            if (c == '\n')
            {
                _line++;
                return;
            }
        }
    }
}
