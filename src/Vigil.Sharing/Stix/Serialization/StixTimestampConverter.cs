using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vigil.Sharing.Stix.Serialization;

/// <summary>Reads and writes <see cref="StixTimestamp"/> as its exact UTF-8 text, without intermediate strings.</summary>
public sealed class StixTimestampConverter : JsonConverter<StixTimestamp>
{
    public override StixTimestamp Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A STIX timestamp must be a string");
        }
        var ok = reader.HasValueSequence || reader.ValueIsEscaped
            ? StixTimestamp.TryParse(reader.GetString()!, out var value)
            : StixTimestamp.TryParse(reader.ValueSpan, out value);
        return ok ? value : throw new JsonException("Not a STIX timestamp (YYYY-MM-DDTHH:MM:SS[.s+]Z)");
    }

    public override void Write(Utf8JsonWriter writer, StixTimestamp value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[32];
        var n = value.Format(buffer);
        writer.WriteStringValue(buffer[..n]);
    }
}
