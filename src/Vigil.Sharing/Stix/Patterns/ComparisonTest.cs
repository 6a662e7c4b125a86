using System.Text;

namespace Vigil.Sharing.Stix.Patterns;

/// <summary>
/// <c>path [NOT] op literal</c> or <c>EXISTS path</c> (§9.5). <see cref="Operator"/> is one of
/// <c>= != &lt; &lt;= &gt; &gt;= IN LIKE MATCHES ISSUBSET ISSUPERSET EXISTS</c>.
/// </summary>
public sealed record ComparisonTest(ObjectPath Path, string Operator, PatternLiteral? Value, bool Negated = false) : PatternExpression
{
    public override void Format(StringBuilder sb)
    {
        ArgumentNullException.ThrowIfNull(sb);
        if (Operator == "EXISTS")
        {
            sb.Append("EXISTS ");
            Path.Format(sb);
            return;
        }
        Path.Format(sb);
        sb.Append(' ');
        if (Negated)
        {
            sb.Append("NOT ");
        }
        sb.Append(Operator).Append(' ');
        Value!.Format(sb);
    }
}
