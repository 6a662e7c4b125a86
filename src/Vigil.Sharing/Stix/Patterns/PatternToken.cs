namespace Vigil.Sharing.Stix.Patterns;

/// <summary>A token and where it starts (0-based character offset in the pattern).</summary>
/// <param name="Text">The token's text; for string-like literals the decoded value without quotes.</param>
public readonly record struct PatternToken(PatternTokenKind Kind, string Text, int Position);
