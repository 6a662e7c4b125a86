namespace Vigil.Server.Taxii;

/// <summary>
/// Turns an <c>Authorization</c> header (Basic or Bearer) into a partner with rights, or null (401). A seam: the
/// configured partner list is one implementation; the server's API keys can be another.
/// </summary>
public interface ITaxiiAuthenticator
{
    TaxiiPrincipal? Authenticate(string? authorizationHeader);
}
