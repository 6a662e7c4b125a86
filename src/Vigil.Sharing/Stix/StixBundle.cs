using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vigil.Sharing.Stix;

/// <summary>
/// A STIX bundle (§8): a transport wrapper, not itself a STIX object. For bundles too large for memory, use
/// <see cref="Serialization.StixBundleReader"/> and <see cref="Serialization.StixBundleWriter"/>.
/// </summary>
public sealed class StixBundle
{
    [JsonPropertyOrder(-100)]
    public string Type { get; set; } = StixTypes.Bundle;

    [JsonPropertyOrder(-99)]
    public string Id { get; set; } = StixIds.NewId(StixTypes.Bundle);

    public List<StixObject> Objects { get; set; } = [];

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
