using System.Buffers;
using System.Text.Json;

namespace Vigil.Sharing.Stix.Serialization;

/// <summary>In-memory STIX reading and writing; for streams use <see cref="StixBundleReader"/>/<see cref="StixBundleWriter"/>.</summary>
public static class StixSerializer
{
    /// <summary>Parses a bundle, keeping every good object and reporting each bad one with its JSON path.</summary>
    public static StixParseOutcome ParseBundle(ReadOnlySpan<byte> utf8)
    {
        var reader = new StixBundleReader();
        var results = reader.ReadAll(utf8);
        var bundle = new StixBundle { Id = reader.BundleId ?? "" };
        var errors = new List<StixParseError>();
        foreach (var r in results)
        {
            if (r.Object is not null)
            {
                bundle.Objects.Add(r.Object);
            }
            else
            {
                errors.Add(r.Error!);
            }
        }
        return new StixParseOutcome(bundle, errors);
    }

    public static StixParseOutcome ParseBundle(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ParseBundle(System.Text.Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Parses one object; the error carries the JSON path inside it.</summary>
    public static StixReadResult ParseObject(ReadOnlySpan<byte> utf8)
    {
        var reader = new StixBundleReader();
        // A single object is read as the only element of a bare array.
        var wrapped = new byte[utf8.Length + 2];
        wrapped[0] = (byte)'[';
        utf8.CopyTo(wrapped.AsSpan(1));
        wrapped[^1] = (byte)']';
        var results = reader.ReadAll(wrapped);
        if (results.Count == 0)
        {
            return new StixReadResult(-1, null, new StixParseError("$", "No object"));
        }
        var r = results[0];
        return r.Error is null ? r : r with { Error = r.Error with { Path = "$" + r.Error.Path[Math.Min(r.Error.Path.Length, 4)..] } };
    }

    public static StixReadResult ParseObject(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ParseObject(System.Text.Encoding.UTF8.GetBytes(json));
    }

    public static byte[] SerializeToUtf8(StixObject value)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, StixBundleWriter.WriterOptions))
        {
            JsonSerializer.Serialize(writer, value, StixJsonContext.Default.StixObject);
        }
        return buffer.WrittenSpan.ToArray();
    }

    public static string Serialize(StixObject value) => System.Text.Encoding.UTF8.GetString(SerializeToUtf8(value));

    public static byte[] SerializeToUtf8(StixBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, StixBundleWriter.WriterOptions))
        {
            JsonSerializer.Serialize(writer, bundle, StixJsonContext.Default.StixBundle);
        }
        return buffer.WrittenSpan.ToArray();
    }

    public static string Serialize(StixBundle bundle) => System.Text.Encoding.UTF8.GetString(SerializeToUtf8(bundle));
}
