namespace Vigil.Sharing.Taxii;

/// <summary>TAXII 2.1 media-type negotiation (§1.6.8): which Accept and Content-Type values the server takes.</summary>
public static class TaxiiMediaTypes
{
    public const string Taxii21 = "application/taxii+json;version=2.1";
    public const string Stix21 = "application/stix+json;version=2.1";

    /// <summary>True when the Accept header allows a TAXII 2.1 response: <c>application/taxii+json</c> with
    /// version 2.1 or no version (the latest). A missing header is accepted; <c>*/*</c> alone is not, as medallion.</summary>
    public static bool AcceptsTaxii(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return true;
        }
        foreach (var part in accept.Split(','))
        {
            if (IsTaxii21(part))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True for <c>application/taxii+json</c> with version 2.1 or no version parameter.</summary>
    public static bool IsTaxii21(string? mediaType)
    {
        if (mediaType is null)
        {
            return false;
        }
        var pieces = mediaType.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (pieces.Length == 0 || !string.Equals(pieces[0], "application/taxii+json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        foreach (var p in pieces.Skip(1))
        {
            var kv = p.Split('=', 2, StringSplitOptions.TrimEntries);
            if (kv.Length == 2 && string.Equals(kv[0], "version", StringComparison.OrdinalIgnoreCase) && kv[1] != "2.1")
            {
                return false;
            }
        }
        return true;
    }
}
