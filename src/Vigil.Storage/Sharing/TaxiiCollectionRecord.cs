namespace Vigil.Storage.Sharing;

/// <summary>A TAXII 2.1 collection hosted by an organization's server.</summary>
public sealed class TaxiiCollectionRecord
{
    /// <summary>The collection id (a UUID string, as TAXII URLs carry it).</summary>
    public required string Id { get; set; }
    public Guid OrgId { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public string? Alias { get; set; }
    public long CreatedAtUs { get; set; }
}
