namespace Vigil.Intel.Ip;

/// <summary>An autonomous system and its registered organization name.</summary>
public sealed record AsnRecord(uint Asn, string Organization);
