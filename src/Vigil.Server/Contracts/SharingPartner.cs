namespace Vigil.Server.Contracts;

/// <summary>A partner allowed on the TAXII server, by name, with the collections it may read and write (never its secrets).</summary>
public sealed record SharingPartner(string Name, IReadOnlyList<string> Read, IReadOnlyList<string> Write);
