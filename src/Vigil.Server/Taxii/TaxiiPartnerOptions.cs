namespace Vigil.Server.Taxii;

/// <summary>
/// A partner organization allowed on the TAXII server: a Bearer token and/or a Basic user name and password, and
/// the collection ids (or <c>*</c>) it may read and write.
/// </summary>
public sealed class TaxiiPartnerOptions
{
    public string Name { get; set; } = "";
    public string? Token { get; set; }
    public string? Username { get; set; }
    public string? Password { get; set; }
    public List<string> Read { get; set; } = [];
    public List<string> Write { get; set; } = [];
}
