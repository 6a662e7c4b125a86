namespace Vigil.Sharing.Stix.Markings;

/// <summary>Traffic Light Protocol 2.0 levels, ordered from least to most restrictive.</summary>
public enum TlpLevel
{
    Clear = 0,
    Green = 1,
    Amber = 2,
    AmberStrict = 3,
    Red = 4,
}
