using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using Vigil.Sharing.Stix.Objects;
using Vigil.Sharing.Stix.Observables;

namespace Vigil.Sharing.Stix.Serialization;

/// <summary>
/// Reads a <see cref="StixObject"/> as the class its <c>type</c> names (any position in the object, unlike the
/// System.Text.Json polymorphism that needs the discriminator first), and an unknown type as
/// <see cref="GenericStixObject"/>. Writes through the runtime type's generated metadata.
/// </summary>
public sealed class StixObjectConverter : JsonConverter<StixObject>
{
    private static readonly FrozenDictionary<string, Type> ClassByType = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        [StixTypes.Identity] = typeof(Identity),
        [StixTypes.ThreatActor] = typeof(ThreatActor),
        [StixTypes.IntrusionSet] = typeof(IntrusionSet),
        [StixTypes.Indicator] = typeof(Indicator),
        [StixTypes.ObservedData] = typeof(ObservedData),
        [StixTypes.Sighting] = typeof(Sighting),
        [StixTypes.Relationship] = typeof(Relationship),
        [StixTypes.Note] = typeof(Note),
        [StixTypes.MarkingDefinition] = typeof(MarkingDefinition),
        [StixTypes.ExtensionDefinition] = typeof(ExtensionDefinition),
        [StixTypes.EmailAddr] = typeof(EmailAddress),
        [StixTypes.Ipv4Addr] = typeof(Ipv4Address),
        [StixTypes.Ipv6Addr] = typeof(Ipv6Address),
        [StixTypes.DomainName] = typeof(DomainName),
        [StixTypes.Url] = typeof(UrlObservable),
        [StixTypes.UserAccount] = typeof(UserAccount),
        [StixTypes.PhoneNumber] = typeof(PhoneNumberObservable),
        [StixTypes.CryptoWallet] = typeof(CryptoWalletObservable),
        [StixTypes.PayoutAccount] = typeof(PayoutAccountObservable),
        [StixTypes.PhotoHash] = typeof(PhotoHashObservable),
        [StixTypes.KeyedIdentifier] = typeof(KeyedIdentifierObservable),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public override bool CanConvert(Type typeToConvert) => typeToConvert == typeof(StixObject);

    public override StixObject? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A STIX object must be a JSON object, not {reader.TokenType}");
        }
        var type = PeekType(reader) ?? throw new JsonException("The object has no string 'type' property");
        var clr = ClassByType.GetValueOrDefault(type, typeof(GenericStixObject));
        var info = options.GetTypeInfo(clr);
        return (StixObject?)JsonSerializer.Deserialize(ref reader, info);
    }

    public override void Write(Utf8JsonWriter writer, StixObject value, JsonSerializerOptions options)
    {
        JsonSerializer.Serialize(writer, value, options.GetTypeInfo(value.GetType()));
    }

    /// <summary>Finds the top-level <c>type</c> string of the object the reader is on, without moving it.</summary>
    internal static string? PeekType(Utf8JsonReader probe)
    {
        var depth = probe.CurrentDepth;
        while (probe.Read())
        {
            if (probe.TokenType == JsonTokenType.EndObject && probe.CurrentDepth == depth)
            {
                return null;
            }
            if (probe.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }
            var isType = probe.ValueTextEquals("type"u8);
            if (!probe.Read())
            {
                return null;
            }
            if (isType)
            {
                return probe.TokenType == JsonTokenType.String ? probe.GetString() : null;
            }
            if (probe.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                probe.Skip();
            }
        }
        return null;
    }
}
