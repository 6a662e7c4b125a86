using System.Text.Json.Serialization;
using Vigil.Core.Model;

namespace Vigil.Storage;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GitHubFacts))]
internal sealed partial class StorageJson : JsonSerializerContext;
