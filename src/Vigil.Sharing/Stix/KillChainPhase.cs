using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vigil.Sharing.Stix;

/// <summary>A phase of a kill chain (§2.8).</summary>
public sealed class KillChainPhase
{
    public string KillChainName { get; set; } = "";

    public string PhaseName { get; set; } = "";

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
