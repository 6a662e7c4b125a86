namespace Vigil.Sharing.Stix.Objects;

/// <summary>
/// An object of a type Vigil does not model (attack-pattern, malware, a partner's custom SDO...). Its common
/// properties are typed by <see cref="StixObject"/> and everything else kept in order, so it round-trips unchanged.
/// </summary>
public sealed class GenericStixObject : StixObject
{
    public GenericStixObject()
        : base("")
    {
    }

    public GenericStixObject(string type)
        : base(type)
    {
    }
}
