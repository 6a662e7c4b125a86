using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vigil.Server.Json;

/// <summary>An enum as a snake_case string ("high", "false_positive"), as the screening JSON has always written
/// them; a parameterless type so a source-generated context can name it.</summary>
public sealed class SnakeCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.SnakeCaseLower)
    where TEnum : struct, Enum;
