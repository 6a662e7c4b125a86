using System.Text;

namespace Vigil.Sharing.Stix.Patterns;

/// <summary>
/// An observation expression with a qualifier (§9.7): <c>WITHIN n SECONDS</c>, <c>REPEATS n TIMES</c> or
/// <c>START t'…' STOP t'…'</c>. <see cref="Qualifier"/> holds the canonical qualifier text.
/// </summary>
public sealed record QualifiedObservation(PatternExpression Inner, string Qualifier) : PatternExpression
{
    public override void Format(StringBuilder sb)
    {
        ArgumentNullException.ThrowIfNull(sb);
        var parens = Inner is ObservationCompound;
        if (parens)
        {
            sb.Append('(');
        }
        Inner.Format(sb);
        if (parens)
        {
            sb.Append(')');
        }
        sb.Append(' ').Append(Qualifier);
    }
}
