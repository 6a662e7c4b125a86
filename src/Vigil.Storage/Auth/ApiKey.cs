namespace Vigil.Storage.Auth;

/// <summary>
/// An API key of one organization. Only the SHA-256 of the secret is stored; the secret is shown once when created.
/// </summary>
public sealed class ApiKey
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }

    /// <summary>Who or what holds the key (an analyst's name, "okta-shipper"); the audit log's actor.</summary>
    public required string Name { get; set; }

    public ApiRole Role { get; set; }

    /// <summary>The first characters of the key (<c>vgl_ab12cd34</c>), safe to show so a holder can tell keys apart.</summary>
    public required string Prefix { get; set; }

    /// <summary>Lower-case hex SHA-256 of the whole key.</summary>
    public required string Hash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
