namespace Vigil.Ingest.Synthetic;

/// <summary>An employer of synthetic workers, with the identity provider whose log format its sign-ins use.</summary>
internal sealed record Company(string Name, string Domain, string IdentityProvider, string OfficeAddress);
