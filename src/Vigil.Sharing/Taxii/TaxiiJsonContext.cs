using System.Text.Json.Serialization;

namespace Vigil.Sharing.Taxii;

/// <summary>Source-generated JSON for the TAXII 2.1 resources (snake_case, nulls omitted).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TaxiiDiscovery))]
[JsonSerializable(typeof(TaxiiApiRoot))]
[JsonSerializable(typeof(TaxiiCollection))]
[JsonSerializable(typeof(TaxiiCollections))]
[JsonSerializable(typeof(TaxiiManifest))]
[JsonSerializable(typeof(TaxiiVersions))]
[JsonSerializable(typeof(TaxiiStatus))]
[JsonSerializable(typeof(TaxiiError))]
public sealed partial class TaxiiJsonContext : JsonSerializerContext;
