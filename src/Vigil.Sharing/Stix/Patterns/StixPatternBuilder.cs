namespace Vigil.Sharing.Stix.Patterns;

/// <summary>
/// Builds the patterns Vigil emits, quoting and escaping values correctly (a value containing <c>'</c> or
/// <c>\</c> cannot break out of its literal). Output always parses with <see cref="StixPatternParser"/>.
/// </summary>
public static class StixPatternBuilder
{
    /// <summary><c>path = 'value'</c>.</summary>
    public static ComparisonTest Equal(string path, string value) =>
        new(ObjectPath.Parse(path), "=", PatternLiteral.String(value));

    /// <summary><c>path IN ('a', 'b')</c>.</summary>
    public static ComparisonTest In(string path, IEnumerable<string> values) =>
        new(ObjectPath.Parse(path), "IN", PatternLiteral.Set([.. values.Select(PatternLiteral.String)]));

    public static PatternExpression And(params PatternExpression[] comparisons) => Join("AND", comparisons);

    public static PatternExpression Or(params PatternExpression[] comparisons) => Join("OR", comparisons);

    /// <summary><c>[ comparison ]</c>.</summary>
    public static Observation Observe(PatternExpression comparison) => new(comparison);

    /// <summary>Observations joined by OR: any one of them indicates.</summary>
    public static PatternExpression AnyOf(params PatternExpression[] observations)
    {
        ArgumentOutOfRangeException.ThrowIfZero(observations.Length);
        var result = observations[0];
        for (var i = 1; i < observations.Length; i++)
        {
            result = new ObservationCompound("OR", result, observations[i]);
        }
        return result;
    }

    /// <summary>The one-observation pattern <c>[path = 'value']</c>.</summary>
    public static string EqualityPattern(string path, string value) => Observe(Equal(path, value)).ToString();

    private static PatternExpression Join(string op, PatternExpression[] items)
    {
        ArgumentOutOfRangeException.ThrowIfZero(items.Length);
        var result = items[0];
        for (var i = 1; i < items.Length; i++)
        {
            result = new ComparisonCompound(op, result, items[i]);
        }
        return result;
    }
}
