namespace Vigil.Screening.Lists;

/// <summary>What a list entry designates. Numeric values are stored; members are only appended.</summary>
public enum EntityType
{
    Unknown = 0,
    Person = 1,
    Organization = 2,
    Vessel = 3,
    Aircraft = 4,
}
