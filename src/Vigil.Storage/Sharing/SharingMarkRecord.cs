using Vigil.Core.Identifiers;

namespace Vigil.Storage.Sharing;

/// <summary>An analyst's explicit sharing choice for one identifier of the organization (<c>vigil share mark</c>).</summary>
public sealed class SharingMarkRecord
{
    public long Id { get; set; }
    public Guid OrgId { get; set; }
    public IdentifierKind Kind { get; set; }

    /// <summary>Canonical value.</summary>
    public required string Value { get; set; }

    /// <summary>Share even without a confirmed case.</summary>
    public bool Include { get; set; }

    /// <summary>Never share.</summary>
    public bool Exclude { get; set; }

    /// <summary>May be shared in the clear when the policy allows raw sharing.</summary>
    public bool AllowRaw { get; set; }

    /// <summary>TLP level name (clear, green, amber, amber+strict, red).</summary>
    public string Tlp { get; set; } = "amber";
    public long UpdatedAtUs { get; set; }
}
