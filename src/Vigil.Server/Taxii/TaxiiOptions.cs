namespace Vigil.Server.Taxii;

/// <summary>
/// The TAXII 2.1 server's configuration (section <c>Taxii</c>). One API root serves one organization's
/// collections; partners and their rights are listed here (the seam <see cref="ITaxiiAuthenticator"/> lets the
/// server's own API keys replace this list later).
/// </summary>
public sealed class TaxiiOptions
{
    public string Title { get; set; } = "Vigil TAXII 2.1 server";
    public string? Description { get; set; } = "DPRK IT-worker indicators: keyed-hash identifiers and STIX 2.1 intelligence.";
    public string? Contact { get; set; }

    /// <summary>Path segment of the single API root: <c>/taxii2/{ApiRoot}/</c>.</summary>
    public string ApiRoot { get; set; } = "vigil";

    /// <summary>Organization (tenant) whose collections this server hosts; created when absent.</summary>
    public string Organization { get; set; } = "default";

    /// <summary>Largest accepted POST body in bytes (default 10 MiB); larger gets 413.</summary>
    public long MaxContentLength { get; set; } = 10 * 1024 * 1024;

    /// <summary>Largest page (default 1,000); a larger <c>limit</c> is lowered to it, as §3.4 allows.</summary>
    public int MaxPageSize { get; set; } = 1000;

    /// <summary>Page size when the client gives no <c>limit</c> (default 100).</summary>
    public int DefaultPageSize { get; set; } = 100;

    public List<TaxiiCollectionOptions> Collections { get; set; } = [];

    public List<TaxiiPartnerOptions> Partners { get; set; } = [];
}
