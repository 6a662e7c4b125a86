using System.Buffers;
using System.Text.Json;
using Vigil.Ingest.Common;

namespace Vigil.Ingest.Streaming;

/// <summary>
/// Cuts a JSON log file into records in constant memory, whatever its shape: NDJSON (one record per line), a JSON
/// array of records (Okta API page), or an object whose array property holds them (Graph <c>{"value":[…]}</c>,
/// Reports API <c>{"items":[…]}</c>, Azure Monitor <c>{"records":[…]}</c>). Only the record being cut is buffered,
/// in a pooled buffer; a record over the size limit is reported and skipped.
/// </summary>
/// <remarks>
/// The shape is decided from the first line: a first line that is a complete JSON value means NDJSON, read line by
/// line, so one corrupt line never swallows the next. Otherwise the file is one document, scanned byte by byte
/// (depth, strings, escapes) to find element boundaries; each element is then parsed on its own, so a malformed
/// element is reported and skipped. A structural break in a one-document file ends reading with an error.
/// </remarks>
public static class JsonRecordReader
{
    private const int InitialBuffer = 64 * 1024;

    /// <summary>Array property names that hold the records of a one-document page.</summary>
    public static IReadOnlyList<string> DefaultWrappers { get; } = ["value", "items", "records", "data", "events"];

    public static IEnumerable<JsonRecord> Read(Stream stream, string file, IngestLimits? limits = null, IReadOnlyList<string>? wrappers = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(file);
        return ReadCore(stream, file, (limits ?? IngestLimits.Default).MaxLineChars, wrappers ?? DefaultWrappers);
    }

    private static IEnumerable<JsonRecord> ReadCore(Stream stream, string file, int max, IReadOnlyList<string> wrappers)
    {
        var reader = new Buffered(stream, max);
        try
        {
            reader.SkipBom();
            var first = reader.PeekFirstNonWhitespace();
            if (first < 0)
            {
                yield break;
            }
            var ndjson = first != '[' && reader.FirstLineIsCompleteValue();
            var records = ndjson ? Lines(reader, file, max) : Document(reader, file, max, wrappers);
            foreach (var record in records)
            {
                yield return record;
            }
        }
        finally
        {
            reader.Dispose();
        }
    }

    private static IEnumerable<JsonRecord> Lines(Buffered r, string file, int max)
    {
        long line = 1;
        var skipping = false;
        while (true)
        {
            var nl = r.IndexOfNewline();
            if (nl < 0)
            {
                if (r.Length > max)
                {
                    if (!skipping)
                    {
                        yield return new JsonRecord(line, default, new IngestError(file, line, null, IngestErrorMessages.LineTooLong(max)));
                    }
                    skipping = true;
                    r.Consume(r.Length);
                }
                if (!r.Fill())
                {
                    if (r.Length > 0 && !skipping)
                    {
                        var rest = Trim(r.Span(0, r.Length));
                        if (rest.Length > 0)
                        {
                            yield return new JsonRecord(line, r.Memory(r.Offset(rest), rest.Length), null);
                        }
                    }
                    yield break;
                }
                continue;
            }
            if (!skipping && nl > max)
            {
                yield return new JsonRecord(line, default, new IngestError(file, line, null, IngestErrorMessages.LineTooLong(max)));
            }
            else if (!skipping)
            {
                var content = Trim(r.Span(0, nl));
                if (content.Length > 0)
                {
                    yield return new JsonRecord(line, r.Memory(r.Offset(content), content.Length), null);
                }
            }
            skipping = false;
            r.Consume(nl + 1);
            line++;
        }
    }

    private static IEnumerable<JsonRecord> Document(Buffered r, string file, int max, IReadOnlyList<string> wrappers)
    {
        long line = 1;
        var depth = 0;
        var inString = false;
        var escape = false;
        var recordDepth = -1;        // depth at which records live once known (1: top-level array, 2: wrapper array)
        var recordStart = -1;        // buffer index where the pending record starts
        long recordLine = 0;
        var oversized = false;
        var key = new char[32];
        var keyLength = 0;
        var keyOverflow = false;
        var pos = 0;
        while (true)
        {
            if (pos >= r.Length)
            {
                // Keep only the pending record; everything before it is consumed.
                var keep = recordStart >= 0 ? recordStart : pos;
                r.Consume(keep);
                pos -= keep;
                if (recordStart >= 0)
                {
                    recordStart = 0;
                    if (pos > max && !oversized)
                    {
                        oversized = true;
                        yield return new JsonRecord(recordLine, default, new IngestError(file, recordLine, null, IngestErrorMessages.RecordTooLong(max)));
                    }
                    if (oversized)
                    {
                        // Stop retaining the oversized record; keep scanning its structure.
                        r.Consume(pos);
                        pos = 0;
                    }
                }
                if (!r.Fill())
                {
                    if (depth != 0 || inString)
                    {
                        yield return new JsonRecord(line, default, new IngestError(file, line, null, IngestErrorMessages.InvalidJson("the file ends inside a JSON value")));
                    }
                    yield break;
                }
                continue;
            }
            var b = r.At(pos);
            if (inString)
            {
                if (escape)
                {
                    escape = false;
                }
                else if (b == '\\')
                {
                    escape = true;
                }
                else if (b == '"')
                {
                    inString = false;
                }
                else if (depth == 1 && recordDepth < 0)
                {
                    if (keyLength < key.Length)
                    {
                        key[keyLength++] = (char)b;
                    }
                    else
                    {
                        keyOverflow = true;
                    }
                }
                if (b == '\n')
                {
                    line++;
                }
                pos++;
                continue;
            }
            switch (b)
            {
                case (byte)'\n':
                    line++;
                    break;
                case (byte)'"':
                    inString = true;
                    if (depth == 1)
                    {
                        keyLength = 0;
                        keyOverflow = false;
                    }
                    break;
                case (byte)'{':
                case (byte)'[':
                    if (depth == 0 && b == '[')
                    {
                        recordDepth = 1;
                    }
                    else if (depth == 1 && b == '[' && recordDepth < 0 && !keyOverflow && IsWrapper(key.AsSpan(0, keyLength), wrappers))
                    {
                        recordDepth = 2;
                        recordStart = -1; // the page envelope is not a record
                    }
                    else if (depth == 0)
                    {
                        recordStart = pos; // a lone object: a record unless it turns out to wrap an array
                        recordLine = line;
                        oversized = false;
                    }
                    else if (depth == recordDepth)
                    {
                        recordStart = pos;
                        recordLine = line;
                        oversized = false;
                    }
                    depth++;
                    break;
                case (byte)'}':
                case (byte)']':
                    depth--;
                    if (depth < 0)
                    {
                        yield return new JsonRecord(line, default, new IngestError(file, line, null, IngestErrorMessages.InvalidJson($"unexpected '{(char)b}'")));
                        yield break;
                    }
                    if (recordStart >= 0 && (depth == recordDepth || depth == 0 && recordDepth < 0))
                    {
                        if (!oversized)
                        {
                            yield return new JsonRecord(recordLine, r.Memory(recordStart, pos + 1 - recordStart), null);
                        }
                        recordStart = -1;
                        oversized = false;
                    }
                    break;
                default:
                    if (depth == recordDepth && recordStart < 0 && b is not ((byte)',' or (byte)' ' or (byte)'\t' or (byte)'\r'))
                    {
                        // A scalar where a record object belongs: report it once and go on.
                        yield return new JsonRecord(line, default, new IngestError(file, line, null, IngestErrorMessages.NotAnObject));
                        while (pos + 1 < r.Length && r.At(pos + 1) is not ((byte)',' or (byte)']' or (byte)'\n'))
                        {
                            pos++;
                        }
                    }
                    break;
            }
            pos++;
        }
    }

    private static bool IsWrapper(ReadOnlySpan<char> key, IReadOnlyList<string> wrappers)
    {
        foreach (var w in wrappers)
        {
            if (key.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> span) => span.Trim(" \t\r"u8);

    /// <summary>A growable pooled window over the stream: bytes [0, Length) are unconsumed.</summary>
    private sealed class Buffered(Stream stream, int max) : IDisposable
    {
        private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialBuffer);
        private int _start;
        private int _end;
        private bool _eof;

        public int Length => _end - _start;

        public byte At(int i) => _buffer[_start + i];

        public ReadOnlySpan<byte> Span(int offset, int length) => _buffer.AsSpan(_start + offset, length);

        public ReadOnlyMemory<byte> Memory(int offset, int length) => _buffer.AsMemory(_start + offset, length);

        /// <summary>Offset of a slice of <see cref="Span"/> within the window.</summary>
        public int Offset(ReadOnlySpan<byte> slice)
        {
            var whole = _buffer.AsSpan(_start, Length);
            return whole.Overlaps(slice, out var offset) ? offset : 0;
        }

        public void Consume(int count) => _start += count;

        public int IndexOfNewline() => _buffer.AsSpan(_start, Length).IndexOf((byte)'\n');

        /// <summary>Reads more; false at end of stream.</summary>
        public bool Fill()
        {
            if (_eof)
            {
                return false;
            }
            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, Length);
                _end -= _start;
                _start = 0;
            }
            if (_end == _buffer.Length)
            {
                // Grow only as far as one record may need; the callers bound retained bytes by max.
                var bigger = ArrayPool<byte>.Shared.Rent(Math.Min(Math.Max(_buffer.Length * 2, InitialBuffer), max + InitialBuffer + 8));
                if (bigger.Length <= _buffer.Length)
                {
                    ArrayPool<byte>.Shared.Return(bigger);
                    bigger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
                }
                Buffer.BlockCopy(_buffer, 0, bigger, 0, _end);
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = bigger;
            }
            var n = stream.Read(_buffer, _end, _buffer.Length - _end);
            if (n <= 0)
            {
                _eof = true;
                return false;
            }
            _end += n;
            return true;
        }

        public void SkipBom()
        {
            while (Length < 3 && Fill())
            {
            }
            if (Length >= 3 && _buffer[_start] == 0xEF && _buffer[_start + 1] == 0xBB && _buffer[_start + 2] == 0xBF)
            {
                _start += 3;
            }
        }

        public int PeekFirstNonWhitespace()
        {
            var i = 0;
            while (true)
            {
                while (i < Length)
                {
                    var b = At(i++);
                    if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                    {
                        return b;
                    }
                }
                if (!Fill())
                {
                    return -1;
                }
            }
        }

        /// <summary>True when the first non-blank line alone is one complete JSON value (NDJSON).</summary>
        public bool FirstLineIsCompleteValue()
        {
            while (true)
            {
                var span = _buffer.AsSpan(_start, Length);
                var lead = span.Length - span.TrimStart(" \t\r\n"u8).Length;
                var nl = span[lead..].IndexOf((byte)'\n');
                if (nl >= 0 || _eof || Length > max)
                {
                    var line = nl >= 0 ? span.Slice(lead, nl) : span[lead..];
                    return IsCompleteValue(line);
                }
                if (!Fill())
                {
                    return IsCompleteValue(_buffer.AsSpan(_start, Length).TrimStart(" \t\r\n"u8));
                }
            }
        }

        private static bool IsCompleteValue(ReadOnlySpan<byte> line)
        {
            try
            {
                var reader = new Utf8JsonReader(line, isFinalBlock: true, state: default);
                return reader.Read() && reader.TrySkip() && !reader.Read();
            }
            catch (JsonException)
            {
                return false;
            }
        }

        public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);
    }
}
