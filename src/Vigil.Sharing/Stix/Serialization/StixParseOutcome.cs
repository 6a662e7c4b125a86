namespace Vigil.Sharing.Stix.Serialization;

/// <summary>A parsed bundle with the objects that could be read and an error for each that could not.</summary>
public sealed record StixParseOutcome(StixBundle Bundle, IReadOnlyList<StixParseError> Errors)
{
    public bool Success => Errors.Count == 0;
}
