namespace Vigil.Sharing.Stix.Serialization;

/// <summary>One element of a bundle's <c>objects</c>: either the object or the error that replaced it.</summary>
/// <remarks>Invariant: exactly one of <see cref="Object"/> and <see cref="Error"/> is non-null.</remarks>
public readonly record struct StixReadResult(int Index, StixObject? Object, StixParseError? Error)
{
    public bool Success => Object is not null;
}
