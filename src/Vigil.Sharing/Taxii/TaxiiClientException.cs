namespace Vigil.Sharing.Taxii;

/// <summary>A TAXII peer answered with an error or something that is not TAXII. <see cref="IsTransient"/> is true
/// for 5xx and 429, which a retry may fix.</summary>
public sealed class TaxiiClientException(string message, int? statusCode = null) : Exception(message)
{
    public int? StatusCode { get; } = statusCode;

    public bool IsTransient => StatusCode is >= 500 or 429;
}
