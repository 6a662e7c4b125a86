using System.Text.Encodings.Web;
using System.Text.Json;

namespace Vigil.Sharing.Stix.Serialization;

/// <summary>
/// Writes a bundle object by object to a stream, flushing every <see cref="FlushThreshold"/> bytes, so exports of
/// any size use constant memory. Dispose (async) closes the bundle; until then the output is incomplete.
/// </summary>
public sealed class StixBundleWriter : IAsyncDisposable
{
    /// <summary>Bytes buffered before a flush to the stream.</summary>
    public const int FlushThreshold = 64 * 1024;

    /// <summary>
    /// Writer options for STIX output: relaxed escaping keeps <c>+</c>, quotes in patterns and non-ASCII names
    /// readable (the output is a file or an HTTP body, never embedded in HTML).
    /// </summary>
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private readonly Stream _stream;
    private readonly Utf8JsonWriter _writer;
    private bool _closed;

    public StixBundleWriter(Stream stream, string? bundleId = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _writer = new Utf8JsonWriter(stream, WriterOptions);
        _writer.WriteStartObject();
        _writer.WriteString("type"u8, StixTypes.Bundle);
        _writer.WriteString("id"u8, bundleId ?? StixIds.NewId(StixTypes.Bundle));
        _writer.WritePropertyName("objects"u8);
        _writer.WriteStartArray();
    }

    /// <summary>Objects written so far.</summary>
    public long Count { get; private set; }

    public async ValueTask WriteAsync(StixObject value, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(value);
        ObjectDisposedException.ThrowIf(_closed, this);
        JsonSerializer.Serialize(_writer, value, StixJsonContext.Default.StixObject);
        Count++;
        if (_writer.BytesPending >= FlushThreshold)
        {
            await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes a whole bundle of <paramref name="objects"/> synchronously (in-memory targets).</summary>
    public static void WriteBundle(Utf8JsonWriter writer, IEnumerable<StixObject> objects, string? bundleId = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(objects);
        writer.WriteStartObject();
        writer.WriteString("type"u8, StixTypes.Bundle);
        writer.WriteString("id"u8, bundleId ?? StixIds.NewId(StixTypes.Bundle));
        writer.WritePropertyName("objects"u8);
        writer.WriteStartArray();
        var info = StixJsonContext.Default.StixObject;
        foreach (var o in objects)
        {
            JsonSerializer.Serialize(writer, o, info);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    public async ValueTask DisposeAsync()
    {
        if (_closed)
        {
            return;
        }
        _closed = true;
        _writer.WriteEndArray();
        _writer.WriteEndObject();
        await _writer.FlushAsync().ConfigureAwait(false);
        await _writer.DisposeAsync().ConfigureAwait(false);
        await _stream.FlushAsync().ConfigureAwait(false);
    }
}
