namespace Vigil.Sharing.Stix.Objects;

/// <summary>STIX extension-definition (§7.3): declares a custom SCO, SDO or property extension and its schema.</summary>
public sealed class ExtensionDefinition : StixObject
{
    public ExtensionDefinition()
        : base(StixTypes.ExtensionDefinition)
    {
    }

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    /// <summary>URL or text of the JSON schema of the extension.</summary>
    public string Schema { get; set; } = "";

    public string Version { get; set; } = "1.0.0";

    /// <summary>new-sdo, new-sco, new-sro, property-extension, toplevel-property-extension.</summary>
    public List<string> ExtensionTypes { get; set; } = [];

    public List<string>? ExtensionProperties { get; set; }
}
