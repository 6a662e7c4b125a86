namespace Vigil.Sharing.Stix.Patterns;

public enum PatternLiteralKind
{
    String,
    Integer,
    Float,
    Boolean,
    Timestamp,
    Binary,
    Hex,
    Set,
}
