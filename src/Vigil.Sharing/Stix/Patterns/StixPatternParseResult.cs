namespace Vigil.Sharing.Stix.Patterns;

/// <summary>The parsed pattern, or the first error and its character offset in the pattern text.</summary>
/// <remarks>Invariant: exactly one of <see cref="Expression"/> and <see cref="Error"/> is non-null.</remarks>
public sealed record StixPatternParseResult(PatternExpression? Expression, string? Error, int Position)
{
    public bool Success => Expression is not null;

    public PatternExpression GetValueOrThrow() =>
        Expression ?? throw new FormatException($"Invalid STIX pattern at offset {Position}: {Error}");
}
