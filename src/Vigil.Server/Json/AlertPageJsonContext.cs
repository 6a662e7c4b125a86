using System.Text.Json;
using System.Text.Json.Serialization;
using Vigil.Server.Contracts;

namespace Vigil.Server.Json;

/// <summary>The alert page's generated serializer for <see cref="Utf8JsonResult{T}"/>, with the same settings as the
/// HTTP JSON options every other endpoint answers with (web defaults: camelCase, nulls written as <c>null</c>), so the
/// page reads exactly as before. <see cref="VigilJsonContext"/>'s own settings omit nulls, which would drop
/// <c>"next": null</c> from the last page.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(AlertPage))]
public sealed partial class AlertPageJsonContext : JsonSerializerContext;
