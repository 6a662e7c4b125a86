namespace Vigil.Server.Contracts;

public sealed record NameCount(string Name, int Count);
