using System.Text.Json.Serialization;
using Vigil.Server.Application.Import;

namespace Vigil.Cli;

/// <summary>Source-generated JSON for everything the CLI prints with <c>--json</c>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ImportReport))]
internal sealed partial class CliJson : JsonSerializerContext;
