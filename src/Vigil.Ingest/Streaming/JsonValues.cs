using System.Globalization;
using System.Text.Json;

namespace Vigil.Ingest.Streaming;

/// <summary>
/// Tolerant reads from <see cref="JsonElement"/>s for log shapes that disagree on names, case and types
/// (Entra's three shapes, Google's int64-as-string): property names case-insensitive, numbers accepted as strings
/// and strings as numbers, nested objects accepted as JSON text.
/// </summary>
public static class JsonValues
{
    public static bool TryGet(this JsonElement e, string name, out JsonElement value)
    {
        value = default;
        if (e.ValueKind != JsonValueKind.Object)
        {
            return false;
        }
        if (e.TryGetProperty(name, out value))
        {
            return true;
        }
        foreach (var p in e.EnumerateObject())
        {
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = p.Value;
                return true;
            }
        }
        return false;
    }

    /// <summary>A string (or a number's text); null for absent, null, empty, and the string "null".</summary>
    public static string? Str(this JsonElement e, string name)
    {
        if (!e.TryGet(name, out var v))
        {
            return null;
        }
        var s = v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
        return string.IsNullOrWhiteSpace(s) || string.Equals(s, "null", StringComparison.Ordinal) ? null : s.Trim();
    }

    public static double? Double(this JsonElement e, string name) =>
        e.TryGet(name, out var v) && (v.ValueKind == JsonValueKind.Number ? v.TryGetDouble(out var d)
            : v.ValueKind == JsonValueKind.String && double.TryParse(v.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out d))
            ? d : null;

    public static long? Long(this JsonElement e, string name) =>
        e.TryGet(name, out var v) && (v.ValueKind == JsonValueKind.Number ? v.TryGetInt64(out var l)
            : v.ValueKind == JsonValueKind.String && long.TryParse(v.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out l))
            ? l : null;

    public static bool? Bool(this JsonElement e, string name) =>
        e.TryGet(name, out var v)
            ? v.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.String when bool.TryParse(v.GetString(), out var b) => b,
                _ => null,
            }
            : null;

    /// <summary>An object, or a string holding one (Log Analytics <c>dynamic</c> columns arrive as JSON text).</summary>
    public static JsonElement? Obj(this JsonElement e, string name)
    {
        if (!e.TryGet(name, out var v))
        {
            return null;
        }
        if (v.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
        {
            return v;
        }
        if (v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 1 } text && (text[0] == '{' || text[0] == '['))
        {
            try
            {
                using var doc = JsonDocument.Parse(text);
                return doc.RootElement.Clone();
            }
            catch (JsonException)
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>Strings of an array, or of a string holding a JSON array.</summary>
    public static IReadOnlyList<string> Strings(this JsonElement e, string name)
    {
        if (e.Obj(name) is not { ValueKind: JsonValueKind.Array } array)
        {
            return [];
        }
        var list = new List<string>();
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && item.GetString() is { } s)
            {
                list.Add(s);
            }
        }
        return list;
    }

    /// <summary>Parses ISO 8601 and the other forms Entra exports use (log-formats.md §2.4 pitfall 4); a value
    /// without an offset is UTC, never the machine's zone.</summary>
    public static bool TryParseTime(string? text, out DateTimeOffset at)
    {
        at = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out at))
        {
            at = at.ToUniversalTime();
            return true;
        }
        return false;
    }
}
