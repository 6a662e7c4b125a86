using System.Text;

namespace Vigil.Sharing.Stix.Patterns;

/// <summary>A node of a parsed STIX pattern; <see cref="ToString"/> gives its canonical text.</summary>
public abstract record PatternExpression
{
    public abstract void Format(StringBuilder sb);

    public sealed override string ToString()
    {
        var sb = new StringBuilder();
        Format(sb);
        return sb.ToString();
    }
}
