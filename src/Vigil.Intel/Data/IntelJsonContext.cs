using System.Text.Json.Serialization;

namespace Vigil.Intel.Data;

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(IntelManifest))]
internal sealed partial class IntelJsonContext : JsonSerializerContext;
