using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Vigil.Sharing.Stix.Serialization;

/// <summary>
/// Streams the objects of a STIX bundle (or a bare JSON array of objects, or a TAXII envelope with
/// <c>objects</c>) from a stream with memory bounded by the largest single object, so a 1 GB bundle reads with flat
/// memory. A malformed object becomes an error result with its JSON path; the objects after it are still read.
/// </summary>
/// <remarks>
/// Works on a pooled buffer with <see cref="Utf8JsonReader"/> in non-final-block mode: each object is located with
/// <see cref="Utf8JsonReader.TrySkip"/> and deserialized from its own byte slice, so an error in it cannot
/// desynchronise the rest of the stream. Broken JSON syntax outside an object ends the read with one error.
/// </remarks>
public sealed class StixBundleReader
{
    /// <summary>Largest single object accepted, in bytes (64 MiB); larger ones end the read with an error.</summary>
    public const int MaxObjectBytes = 64 * 1024 * 1024;

    private const int InitialBuffer = 64 * 1024;

    private enum Phase
    {
        Start,
        Envelope,
        Objects,
        Done,
    }

    private Phase _phase = Phase.Start;
    private JsonReaderState _state = new(new JsonReaderOptions { MaxDepth = 256 });
    private int _index;
    private bool _bareArray;

    /// <summary><c>id</c> of the bundle envelope once read (it may come after the objects).</summary>
    public string? BundleId { get; private set; }

    /// <summary>Envelope <c>type</c> (bundle for a bundle; null for a TAXII envelope or an array).</summary>
    public string? EnvelopeType { get; private set; }

    /// <summary>TAXII envelope <c>more</c>, when present.</summary>
    public bool? More { get; private set; }

    /// <summary>TAXII envelope <c>next</c>, when present.</summary>
    public string? Next { get; private set; }

    public static async IAsyncEnumerable<StixReadResult> ReadAsync(
        Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var reader = new StixBundleReader();
        await foreach (var r in reader.ReadObjectsAsync(stream, cancellationToken).ConfigureAwait(false))
        {
            yield return r;
        }
    }

    public async IAsyncEnumerable<StixReadResult> ReadObjectsAsync(
        Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = ArrayPool<byte>.Shared.Rent(InitialBuffer);
        var batch = new List<StixReadResult>(64);
        try
        {
            var end = 0;
            var final = false;
            while (_phase != Phase.Done)
            {
                if (!final && end < buffer.Length)
                {
                    var n = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
                    if (n == 0)
                    {
                        final = true;
                    }
                    end += n;
                }
                var consumed = Process(buffer.AsSpan(0, end), final, batch);
                foreach (var r in batch)
                {
                    yield return r;
                }
                batch.Clear();
                if (_phase == Phase.Done)
                {
                    break;
                }
                if (final)
                {
                    yield return Fail("Unexpected end of input");
                    break;
                }
                var remaining = end - consumed;
                if (consumed == 0 && remaining == buffer.Length)
                {
                    // One value does not fit: grow, up to the cap.
                    if (buffer.Length >= MaxObjectBytes)
                    {
                        yield return Fail($"An object is larger than {MaxObjectBytes} bytes");
                        break;
                    }
                    var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, end).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }
                else if (consumed > 0)
                {
                    buffer.AsSpan(consumed, remaining).CopyTo(buffer);
                }
                end = remaining;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads every object of an in-memory document (the whole input is one final block).</summary>
    public List<StixReadResult> ReadAll(ReadOnlySpan<byte> utf8)
    {
        var results = new List<StixReadResult>();
        Process(utf8, isFinal: true, results);
        if (_phase != Phase.Done)
        {
            results.Add(Fail("Unexpected end of input"));
        }
        return results;
    }

    private StixReadResult Fail(string message)
    {
        _phase = Phase.Done;
        return new StixReadResult(-1, null, new StixParseError("$", message));
    }

    /// <summary>Consumes as many complete tokens as <paramref name="data"/> holds; returns bytes consumed.</summary>
    private int Process(ReadOnlySpan<byte> data, bool isFinal, List<StixReadResult> output)
    {
        var reader = new Utf8JsonReader(data, isFinal, _state);
        try
        {
            while (_phase != Phase.Done)
            {
                var snapshot = reader;
                if (!reader.Read())
                {
                    break;
                }
                switch (_phase)
                {
                    case Phase.Start:
                        if (reader.TokenType == JsonTokenType.StartArray)
                        {
                            _phase = Phase.Objects;
                            _bareArray = true;
                        }
                        else if (reader.TokenType == JsonTokenType.StartObject)
                        {
                            _phase = Phase.Envelope;
                        }
                        else
                        {
                            output.Add(Fail("A bundle must be a JSON object"));
                        }
                        break;
                    case Phase.Envelope:
                        if (reader.TokenType == JsonTokenType.EndObject)
                        {
                            _phase = Phase.Done;
                            break;
                        }
                        if (!ReadEnvelopeProperty(ref reader, snapshot, output))
                        {
                            return (int)snapshot.BytesConsumed;
                        }
                        break;
                    case Phase.Objects:
                        if (reader.TokenType == JsonTokenType.EndArray)
                        {
                            _phase = reader.CurrentDepth == 0 ? Phase.Done : Phase.Envelope;
                            break;
                        }
                        var start = (int)reader.TokenStartIndex;
                        if (!reader.TrySkip())
                        {
                            reader = snapshot;
                            _state = snapshot.CurrentState;
                            return (int)snapshot.BytesConsumed;
                        }
                        var slice = data[start..(int)reader.BytesConsumed];
                        output.Add(ReadOne(slice, _index++, _bareArray ? "$" : "$.objects"));
                        break;
                }
            }
            _state = reader.CurrentState;
            return (int)reader.BytesConsumed;
        }
        catch (JsonException ex)
        {
            output.Add(Fail($"Invalid JSON at line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}: {Clean(ex.Message)}"));
            return data.Length;
        }
    }

    /// <summary>Handles one envelope property; false when more input is needed (caller rewinds).</summary>
    private bool ReadEnvelopeProperty(ref Utf8JsonReader reader, Utf8JsonReader snapshot, List<StixReadResult> output)
    {
        var name = reader.GetString();
        if (!reader.Read())
        {
            _state = snapshot.CurrentState;
            return false;
        }
        if (name == "objects" && reader.TokenType == JsonTokenType.StartArray)
        {
            _phase = Phase.Objects;
            return true;
        }
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            if (!reader.TrySkip())
            {
                _state = snapshot.CurrentState;
                return false;
            }
            return true;
        }
        switch (name)
        {
            case "id" when reader.TokenType == JsonTokenType.String:
                BundleId = reader.GetString();
                break;
            case "type" when reader.TokenType == JsonTokenType.String:
                EnvelopeType = reader.GetString();
                if (EnvelopeType != StixTypes.Bundle)
                {
                    output.Add(Fail($"The envelope type is '{EnvelopeType}', not 'bundle'"));
                }
                break;
            case "more":
                More = reader.TokenType == JsonTokenType.True;
                break;
            case "next" when reader.TokenType == JsonTokenType.String:
                Next = reader.GetString();
                break;
        }
        return true;
    }

    private static StixReadResult ReadOne(ReadOnlySpan<byte> slice, int index, string arrayPath)
    {
        var basePath = $"{arrayPath}[{index}]";
        try
        {
            var obj = JsonSerializer.Deserialize(slice, StixJsonContext.Default.StixObject);
            if (obj is null)
            {
                return new StixReadResult(index, null, new StixParseError(basePath, "null is not a STIX object", index));
            }
            var problem = StixObjectChecks.Check(obj);
            return problem is null
                ? new StixReadResult(index, obj, null)
                : new StixReadResult(index, null, new StixParseError(basePath + problem.Value.Path, problem.Value.Message, index));
        }
        catch (JsonException ex)
        {
            var inner = ex.Path is { Length: > 1 } p ? p[1..] : "";
            return new StixReadResult(index, null, new StixParseError(basePath + inner, Clean(ex.Message), index));
        }
    }

    private static string Clean(string message)
    {
        // System.Text.Json appends "Path: ... | LineNumber: ..." to its messages; the path is reported separately.
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        var line = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        if (cut < 0 || (line >= 0 && line < cut))
        {
            cut = line;
        }
        return cut > 0 ? message[..cut] : message;
    }
}
