using System.Text;

namespace Vigil.Sharing.Stix.Patterns;

/// <summary><c>AND</c>, <c>OR</c> or <c>FOLLOWEDBY</c> between observation expressions (§9.6).</summary>
public sealed record ObservationCompound(string Operator, PatternExpression Left, PatternExpression Right) : PatternExpression
{
    public override void Format(StringBuilder sb)
    {
        ArgumentNullException.ThrowIfNull(sb);
        FormatOperand(sb, Left);
        sb.Append(' ').Append(Operator).Append(' ');
        FormatOperand(sb, Right);
    }

    private static int Rank(string op) => op switch
    {
        "AND" => 3,
        "OR" => 2,
        _ => 1,
    };

    private void FormatOperand(StringBuilder sb, PatternExpression operand)
    {
        var needsParens = operand is ObservationCompound inner && Rank(inner.Operator) < Rank(Operator);
        if (needsParens)
        {
            sb.Append('(');
        }
        operand.Format(sb);
        if (needsParens)
        {
            sb.Append(')');
        }
    }
}
