using System.Text;

namespace Vigil.Sharing.Stix.Patterns;

/// <summary>One observation expression: <c>[ comparison ]</c>.</summary>
public sealed record Observation(PatternExpression Comparison) : PatternExpression
{
    public override void Format(StringBuilder sb)
    {
        ArgumentNullException.ThrowIfNull(sb);
        sb.Append('[');
        Comparison.Format(sb);
        sb.Append(']');
    }
}
