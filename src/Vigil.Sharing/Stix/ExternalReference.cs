using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vigil.Sharing.Stix;

/// <summary>A pointer to non-STIX information (§2.5): a report, an advisory, a CAPEC or ATT&amp;CK entry.</summary>
public sealed class ExternalReference
{
    public string SourceName { get; set; } = "";

    public string? Description { get; set; }

    public string? Url { get; set; }

    public Dictionary<string, string>? Hashes { get; set; }

    public string? ExternalId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
