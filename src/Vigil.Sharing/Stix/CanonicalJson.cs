using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Vigil.Sharing.Stix;

/// <summary>
/// RFC 8785 JSON Canonicalization Scheme, as STIX 2.1 §2.9 requires for deterministic SCO ids: members sorted by
/// UTF-16 code units, no whitespace, minimal string escaping, ECMAScript number form.
/// </summary>
public static class CanonicalJson
{
    public static string Serialize(IEnumerable<KeyValuePair<string, object?>> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var sb = new StringBuilder(64);
        var sorted = members.Where(m => m.Value is not null).OrderBy(m => m.Key, StringComparer.Ordinal);
        sb.Append('{');
        var first = true;
        foreach (var (key, value) in sorted)
        {
            if (!first)
            {
                sb.Append(',');
            }
            first = false;
            WriteString(sb, key);
            sb.Append(':');
            WriteValue(sb, value);
        }
        sb.Append('}');
        return sb.ToString();
    }

    public static string Serialize(JsonElement element)
    {
        var sb = new StringBuilder(64);
        WriteElement(sb, element);
        return sb.ToString();
    }

    private static void WriteValue(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                break;
            case string s:
                WriteString(sb, s);
                break;
            case bool b:
                sb.Append(b ? "true" : "false");
                break;
            case int or long:
                sb.Append(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                WriteNumber(sb, d);
                break;
            case JsonElement e:
                WriteElement(sb, e);
                break;
            case IEnumerable<KeyValuePair<string, object?>> obj:
                sb.Append(Serialize(obj));
                break;
            case System.Collections.IEnumerable list:
                sb.Append('[');
                var first = true;
                foreach (var item in list)
                {
                    if (!first)
                    {
                        sb.Append(',');
                    }
                    first = false;
                    WriteValue(sb, item);
                }
                sb.Append(']');
                break;
            default:
                throw new ArgumentException($"Cannot canonicalize a {value.GetType().Name}", nameof(value));
        }
    }

    private static void WriteElement(StringBuilder sb, JsonElement e)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                sb.Append('{');
                var first = true;
                foreach (var p in e.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    if (!first)
                    {
                        sb.Append(',');
                    }
                    first = false;
                    WriteString(sb, p.Name);
                    sb.Append(':');
                    WriteElement(sb, p.Value);
                }
                sb.Append('}');
                break;
            case JsonValueKind.Array:
                sb.Append('[');
                var firstItem = true;
                foreach (var item in e.EnumerateArray())
                {
                    if (!firstItem)
                    {
                        sb.Append(',');
                    }
                    firstItem = false;
                    WriteElement(sb, item);
                }
                sb.Append(']');
                break;
            case JsonValueKind.String:
                WriteString(sb, e.GetString()!);
                break;
            case JsonValueKind.Number:
                if (e.TryGetInt64(out var l))
                {
                    sb.Append(l.ToString(CultureInfo.InvariantCulture));
                }
                else
                {
                    WriteNumber(sb, e.GetDouble());
                }
                break;
            case JsonValueKind.True:
                sb.Append("true");
                break;
            case JsonValueKind.False:
                sb.Append("false");
                break;
            default:
                sb.Append("null");
                break;
        }
    }

    private static void WriteNumber(StringBuilder sb, double d)
    {
        if (double.IsNaN(d) || double.IsInfinity(d))
        {
            throw new ArgumentException("NaN and infinities have no JSON form");
        }
        if (d == Math.Floor(d) && Math.Abs(d) < 1e21)
        {
            sb.Append(((decimal)d).ToString(CultureInfo.InvariantCulture));
            return;
        }
        // Shortest round-trip form; close to ECMAScript's Number.prototype.toString for the values STIX uses.
        sb.Append(d.ToString("R", CultureInfo.InvariantCulture).Replace("E+", "e+", StringComparison.Ordinal).Replace("E-", "e-", StringComparison.Ordinal));
    }

    private static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\b':
                    sb.Append("\\b");
                    break;
                case '\f':
                    sb.Append("\\f");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                default:
                    if (c < 0x20)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        sb.Append('"');
    }
}
