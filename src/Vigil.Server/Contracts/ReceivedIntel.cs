namespace Vigil.Server.Contracts;

/// <summary>Community indicators received from one source (a TAXII pull, a MISP feed, a STIX file): how many and when last loaded.</summary>
public sealed record ReceivedIntel(string Source, int Indicators, DateTimeOffset LastLoaded);
