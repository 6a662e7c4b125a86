namespace Vigil.Server.Contracts;

public sealed record IpLocation(string Ip, int Count, string? Country, string? City, string? Anonymizer);
