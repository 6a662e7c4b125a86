using System.Text.Json;
using System.Text.Json.Serialization;
using Vigil.Sharing.Stix.Objects;
using Vigil.Sharing.Stix.Observables;

namespace Vigil.Sharing.Stix.Serialization;

/// <summary>
/// Source-generated System.Text.Json metadata for every STIX type Vigil models. Property names are the spec's
/// snake_case; null properties are omitted on write; <see cref="StixObject"/>-typed values dispatch on their
/// <c>type</c> through <see cref="StixObjectConverter"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(StixObjectConverter)])]
[JsonSerializable(typeof(StixBundle))]
[JsonSerializable(typeof(StixObject))]
[JsonSerializable(typeof(List<StixObject>))]
[JsonSerializable(typeof(GenericStixObject))]
[JsonSerializable(typeof(Identity))]
[JsonSerializable(typeof(ThreatActor))]
[JsonSerializable(typeof(IntrusionSet))]
[JsonSerializable(typeof(Indicator))]
[JsonSerializable(typeof(ObservedData))]
[JsonSerializable(typeof(Sighting))]
[JsonSerializable(typeof(Relationship))]
[JsonSerializable(typeof(Note))]
[JsonSerializable(typeof(MarkingDefinition))]
[JsonSerializable(typeof(ExtensionDefinition))]
[JsonSerializable(typeof(EmailAddress))]
[JsonSerializable(typeof(Ipv4Address))]
[JsonSerializable(typeof(Ipv6Address))]
[JsonSerializable(typeof(DomainName))]
[JsonSerializable(typeof(UrlObservable))]
[JsonSerializable(typeof(UserAccount))]
[JsonSerializable(typeof(PhoneNumberObservable))]
[JsonSerializable(typeof(CryptoWalletObservable))]
[JsonSerializable(typeof(PayoutAccountObservable))]
[JsonSerializable(typeof(PhotoHashObservable))]
[JsonSerializable(typeof(KeyedIdentifierObservable))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class StixJsonContext : JsonSerializerContext;
