using System.Text;

namespace Vigil.Sharing.Stix.Patterns;

/// <summary><c>left AND right</c> or <c>left OR right</c> inside one observation's brackets.</summary>
public sealed record ComparisonCompound(string Operator, PatternExpression Left, PatternExpression Right) : PatternExpression
{
    public override void Format(StringBuilder sb)
    {
        ArgumentNullException.ThrowIfNull(sb);
        FormatOperand(sb, Left);
        sb.Append(' ').Append(Operator).Append(' ');
        FormatOperand(sb, Right);
    }

    private void FormatOperand(StringBuilder sb, PatternExpression operand)
    {
        // AND binds tighter than OR: an OR under an AND needs parentheses.
        var needsParens = operand is ComparisonCompound { Operator: "OR" } && Operator == "AND";
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
