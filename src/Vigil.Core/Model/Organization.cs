namespace Vigil.Core.Model;

/// <summary>A tenant. Every stored record belongs to exactly one organization, and no query crosses them.</summary>
public sealed class Organization
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
