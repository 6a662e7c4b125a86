using System.Text.Json;
using System.Text.Json.Serialization;
using Vigil.Core.Scoring;
using Vigil.Server.Application.Screening;

namespace Vigil.Server.Json;

/// <summary>Source-generated JSON for <c>POST /api/screen</c> answers: the same shape as
/// <see cref="ApplicantScreeningService.JsonOptions"/> (camelCase, levels and kinds as snake_case strings, nulls left
/// out), so the API and <c>vigil screen --json</c> print the same JSON, without reflection on the request path.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(SnakeCaseEnumConverter<RiskLevel>)])]
[JsonSerializable(typeof(ApplicantScreening))]
public sealed partial class ScreeningJsonContext : JsonSerializerContext;
