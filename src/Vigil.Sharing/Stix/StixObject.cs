using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vigil.Sharing.Stix;

/// <summary>
/// Any STIX 2.1 object: the common properties of §3 typed, everything else of unknown or custom content kept in
/// <see cref="AdditionalProperties"/> so that reading and writing an object never drops data (lenient on read).
/// </summary>
/// <remarks>
/// Known types are subclasses (<see cref="Objects.Indicator"/>, <see cref="Observables.EmailAddress"/>...); an
/// object of a type Vigil does not model is read as <see cref="Objects.GenericStixObject"/> with the same
/// guarantee. SCO-only (<c>defanged</c>) and SDO-only (<c>created</c>) properties both live here because a
/// generic object may be either. Not thread-safe for mutation; treat a parsed object as a value.
/// </remarks>
public abstract class StixObject
{
    protected StixObject(string type)
    {
        Type = type;
    }

    [JsonPropertyOrder(-100)]
    public string Type { get; set; }

    [JsonPropertyOrder(-99)]
    public string? SpecVersion { get; set; }

    /// <summary><c>type--UUID</c>. Random (v4) for SDOs and SROs, deterministic (v5) for SCOs.</summary>
    [JsonPropertyOrder(-98)]
    public string Id { get; set; } = "";

    [JsonPropertyOrder(-97)]
    public string? CreatedByRef { get; set; }

    [JsonPropertyOrder(-96)]
    public StixTimestamp? Created { get; set; }

    [JsonPropertyOrder(-95)]
    public StixTimestamp? Modified { get; set; }

    [JsonPropertyOrder(50)]
    public bool? Revoked { get; set; }

    [JsonPropertyOrder(51)]
    public List<string>? Labels { get; set; }

    /// <summary>0–100 (§3.2 confidence scales).</summary>
    [JsonPropertyOrder(52)]
    public int? Confidence { get; set; }

    [JsonPropertyOrder(53)]
    public string? Lang { get; set; }

    [JsonPropertyOrder(54)]
    public List<ExternalReference>? ExternalReferences { get; set; }

    [JsonPropertyOrder(55)]
    public List<string>? ObjectMarkingRefs { get; set; }

    [JsonPropertyOrder(56)]
    public List<GranularMarking>? GranularMarkings { get; set; }

    [JsonPropertyOrder(57)]
    public bool? Defanged { get; set; }

    /// <summary>Extensions keyed by <c>extension-definition--UUID</c> or a predefined <c>*-ext</c> name (§7.3).</summary>
    [JsonPropertyOrder(58)]
    public Dictionary<string, JsonElement>? Extensions { get; set; }

    /// <summary>Custom (<c>x_</c>) and any other properties this model does not type, kept in order.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>True for STIX Cyber-observable Objects (no <c>created</c>/<c>modified</c>, deterministic ids).</summary>
    [JsonIgnore]
    public bool IsObservable => Created is null && Modified is null && StixTypes.IsObservableType(Type);
}
