using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vigil.Sharing.Stix;

/// <summary>A marking applied to parts of an object (§7.2.3): selectors such as <c>description</c> or <c>labels.[1]</c>.</summary>
public sealed class GranularMarking
{
    public string? Lang { get; set; }

    public string? MarkingRef { get; set; }

    public List<string> Selectors { get; set; } = [];

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
