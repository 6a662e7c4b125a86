namespace Vigil.Server.Taxii;

/// <summary>An authenticated partner and its per-collection rights.</summary>
public sealed record TaxiiPrincipal(string Partner, IReadOnlySet<string> Read, IReadOnlySet<string> Write)
{
    public bool CanRead(string collectionId) => Read.Contains("*") || Read.Contains(collectionId);

    public bool CanWrite(string collectionId) => Write.Contains("*") || Write.Contains(collectionId);
}
