namespace Vigil.Sharing.Stix.Serialization;

/// <summary>Why one object (or the bundle itself) could not be read, and where.</summary>
/// <param name="Path">JSON path of the failing value, e.g. <c>$.objects[3].valid_from</c>.</param>
/// <param name="ObjectIndex">Index in <c>objects</c>, or -1 for errors in the bundle envelope.</param>
public sealed record StixParseError(string Path, string Message, int ObjectIndex = -1)
{
    public override string ToString() => $"{Path}: {Message}";
}
