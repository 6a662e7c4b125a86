using System.Text;

namespace Vigil.Sharing.Stix.Patterns;

/// <summary>
/// <c>object-type:property[.property|[index]]*</c> (§9.3.2), e.g. <c>email-addr:value</c>,
/// <c>file:hashes.'SHA-256'</c>, <c>network-traffic:extensions.'http-request-ext'.request_header.Host</c>.
/// </summary>
/// <param name="Components">Property names, or for list steps <c>[n]</c>/<c>[*]</c> the text inside brackets
/// prefixed with '['.</param>
public sealed record ObjectPath(string ObjectType, IReadOnlyList<string> Components)
{
    public static ObjectPath Parse(string text)
    {
        var result = StixPatternParser.ParseObjectPath(text);
        return result ?? throw new FormatException($"'{text}' is not an object path (type:property[.property])");
    }

    public bool Equals(ObjectPath? other) =>
        other is not null && string.Equals(ObjectType, other.ObjectType, StringComparison.Ordinal) && Components.SequenceEqual(other.Components);

    public override int GetHashCode() => HashCode.Combine(ObjectType, Components.Count);

    public void Format(StringBuilder sb)
    {
        ArgumentNullException.ThrowIfNull(sb);
        sb.Append(ObjectType).Append(':');
        for (var i = 0; i < Components.Count; i++)
        {
            var c = Components[i];
            if (c.StartsWith('['))
            {
                sb.Append(c).Append(']');
                continue;
            }
            if (i > 0)
            {
                sb.Append('.');
            }
            if (IsPlainIdentifier(c))
            {
                sb.Append(c);
            }
            else
            {
                PatternLiteral.String(c).Format(sb);
            }
        }
    }

    public override string ToString()
    {
        var sb = new StringBuilder();
        Format(sb);
        return sb.ToString();
    }

    private static bool IsPlainIdentifier(string s)
    {
        if (s.Length == 0 || !(char.IsAsciiLetter(s[0]) || s[0] == '_'))
        {
            return false;
        }
        foreach (var c in s)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }
        return true;
    }
}
