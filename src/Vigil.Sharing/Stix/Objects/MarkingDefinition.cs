using System.Text.Json;

namespace Vigil.Sharing.Stix.Objects;

/// <summary>STIX marking-definition (§7.2.1): a statement or TLP marking; TLP 2.0 markings are property extensions (see <see cref="Stix.Markings.TlpMarkings"/>).</summary>
public sealed class MarkingDefinition : StixObject
{
    public MarkingDefinition()
        : base(StixTypes.MarkingDefinition)
    {
    }

    public string? Name { get; set; }

    /// <summary>Legacy (<c>statement</c>, <c>tlp</c>) definitions; TLP 2.0 uses <see cref="StixObject.Extensions"/>.</summary>
    public string? DefinitionType { get; set; }

    public JsonElement? Definition { get; set; }
}
