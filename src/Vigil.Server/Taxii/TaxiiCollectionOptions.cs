namespace Vigil.Server.Taxii;

/// <summary>A collection the server creates at start when absent.</summary>
public sealed class TaxiiCollectionOptions
{
    /// <summary>A UUID.</summary>
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public string? Alias { get; set; }
}
