using System.Globalization;
using System.Text;

namespace Vigil.Sharing.Stix.Patterns;

/// <summary>A constant in a comparison: string, number, bool, timestamp, binary, hex, or a set of those.</summary>
/// <param name="Text">Decoded value (string contents without quotes and escapes; digits for numbers).</param>
public sealed record PatternLiteral(PatternLiteralKind Kind, string Text, IReadOnlyList<PatternLiteral>? Items = null)
{
    public static PatternLiteral String(string value) => new(PatternLiteralKind.String, value);

    public static PatternLiteral Integer(long value) => new(PatternLiteralKind.Integer, value.ToString(CultureInfo.InvariantCulture));

    public static PatternLiteral Timestamp(StixTimestamp value) => new(PatternLiteralKind.Timestamp, value.ToString());

    public static PatternLiteral Set(params PatternLiteral[] items) => new(PatternLiteralKind.Set, "", items);

    public bool Equals(PatternLiteral? other) =>
        other is not null && Kind == other.Kind && string.Equals(Text, other.Text, StringComparison.Ordinal)
        && (Items is null ? other.Items is null : other.Items is not null && Items.SequenceEqual(other.Items));

    public override int GetHashCode() => HashCode.Combine(Kind, Text);

    public void Format(StringBuilder sb)
    {
        ArgumentNullException.ThrowIfNull(sb);
        switch (Kind)
        {
            case PatternLiteralKind.String:
                AppendQuoted(sb, Text);
                break;
            case PatternLiteralKind.Timestamp:
                sb.Append('t');
                AppendQuoted(sb, Text);
                break;
            case PatternLiteralKind.Binary:
                sb.Append('b');
                AppendQuoted(sb, Text);
                break;
            case PatternLiteralKind.Hex:
                sb.Append('h');
                AppendQuoted(sb, Text);
                break;
            case PatternLiteralKind.Set:
                sb.Append('(');
                for (var i = 0; i < Items!.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }
                    Items[i].Format(sb);
                }
                sb.Append(')');
                break;
            default:
                sb.Append(Text);
                break;
        }
    }

    private static void AppendQuoted(StringBuilder sb, string value)
    {
        sb.Append('\'');
        foreach (var c in value)
        {
            if (c is '\'' or '\\')
            {
                sb.Append('\\');
            }
            sb.Append(c);
        }
        sb.Append('\'');
    }
}
