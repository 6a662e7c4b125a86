using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vigil.Screening.Lists;

/// <summary>The JSON form of a <see cref="ListEntry"/> as stored with a list version (camelCase, enums as strings).
/// Round-trips every field the matcher and the analyst use.</summary>
public static class ListEntryJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        // ListEntry's collections are get-only: fill them instead of replacing them.
        PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(ListEntry entry) => JsonSerializer.Serialize(entry, Options);

    /// <summary>Reads one stored entry; throws <see cref="JsonException"/> naming the entry when the JSON is unusable.</summary>
    public static ListEntry Deserialize(string json, string entryId)
    {
        try
        {
            return JsonSerializer.Deserialize<ListEntry>(json, Options) ?? throw new JsonException("null entry");
        }
        catch (JsonException e)
        {
            throw new JsonException($"stored list entry {entryId}: {e.Message}", e);
        }
    }
}
