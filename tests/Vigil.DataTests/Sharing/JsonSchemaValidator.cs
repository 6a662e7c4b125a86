using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Vigil.DataTests.Sharing;

/// <summary>
/// The subset of JSON Schema (draft-07 / 2020-12) the OASIS STIX 2.1 schemas use: $ref (relative files and
/// #/definitions fragments), allOf/anyOf/oneOf/not, if/then/else, type, enum, const, required, properties,
/// patternProperties, additionalProperties, items, minItems, minProperties, minLength, maxLength, minimum,
/// maximum, pattern and format date-time. Written here because no schema package is available.
/// </summary>
public sealed class JsonSchemaValidator
{
    private readonly ConcurrentDictionary<string, JsonElement> _documents = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Regex> Regexes = new(StringComparer.Ordinal);

    /// <summary>Validates <paramref name="instance"/> against the schema file; returns the errors (empty = valid).</summary>
    public List<string> Validate(JsonElement instance, string schemaPath)
    {
        var errors = new List<string>();
        var full = Path.GetFullPath(schemaPath);
        Validate(instance, Load(full), full, "$", errors);
        return errors;
    }

    private JsonElement Load(string path) => _documents.GetOrAdd(path, p =>
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(p));
        return doc.RootElement.Clone();
    });

    private bool Validate(JsonElement x, JsonElement s, string file, string path, List<string> errors)
    {
        if (s.ValueKind == JsonValueKind.True)
        {
            return true;
        }
        if (s.ValueKind == JsonValueKind.False)
        {
            errors.Add($"{path}: not allowed");
            return false;
        }
        var start = errors.Count;
        if (s.TryGetProperty("$ref", out var r))
        {
            var (target, targetFile) = Resolve(r.GetString()!, file);
            Validate(x, target, targetFile, path, errors);
        }
        if (s.TryGetProperty("type", out var type) && !TypeMatches(x, type))
        {
            errors.Add($"{path}: expected type {type}, got {x.ValueKind}");
            return false;
        }
        if (s.TryGetProperty("enum", out var en) && !en.EnumerateArray().Any(e => JsonElement.DeepEquals(e, x)))
        {
            errors.Add($"{path}: {x} is not one of {en}");
        }
        if (s.TryGetProperty("const", out var c) && !JsonElement.DeepEquals(c, x))
        {
            errors.Add($"{path}: must be {c}");
        }
        if (s.TryGetProperty("allOf", out var allOf))
        {
            foreach (var sub in allOf.EnumerateArray())
            {
                Validate(x, sub, file, path, errors);
            }
        }
        if (s.TryGetProperty("anyOf", out var anyOf) && !anyOf.EnumerateArray().Any(sub => Validate(x, sub, file, path, [])))
        {
            errors.Add($"{path}: matches none of anyOf");
        }
        if (s.TryGetProperty("oneOf", out var oneOf))
        {
            var n = oneOf.EnumerateArray().Count(sub => Validate(x, sub, file, path, []));
            if (n != 1)
            {
                errors.Add($"{path}: matches {n} of oneOf, expected exactly 1");
            }
        }
        if (s.TryGetProperty("not", out var not) && Validate(x, not, file, path, []))
        {
            errors.Add($"{path}: matches a 'not' schema");
        }
        if (s.TryGetProperty("if", out var @if))
        {
            if (Validate(x, @if, file, path, []))
            {
                if (s.TryGetProperty("then", out var then))
                {
                    Validate(x, then, file, path, errors);
                }
            }
            else if (s.TryGetProperty("else", out var @else))
            {
                Validate(x, @else, file, path, errors);
            }
        }
        switch (x.ValueKind)
        {
            case JsonValueKind.Object:
                ValidateObject(x, s, file, path, errors);
                break;
            case JsonValueKind.Array:
                if (s.TryGetProperty("minItems", out var minItems) && x.GetArrayLength() < minItems.GetInt32())
                {
                    errors.Add($"{path}: fewer than {minItems} items");
                }
                if (s.TryGetProperty("items", out var items) && items.ValueKind is JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False)
                {
                    var i = 0;
                    foreach (var item in x.EnumerateArray())
                    {
                        Validate(item, items, file, $"{path}[{i++}]", errors);
                    }
                }
                break;
            case JsonValueKind.String:
                var str = x.GetString()!;
                if (s.TryGetProperty("pattern", out var pattern) && !Regexes.GetOrAdd(pattern.GetString()!, p => new Regex(p, RegexOptions.CultureInvariant)).IsMatch(str))
                {
                    errors.Add($"{path}: '{str}' does not match {pattern}");
                }
                if (s.TryGetProperty("minLength", out var minLength) && str.Length < minLength.GetInt32())
                {
                    errors.Add($"{path}: shorter than {minLength}");
                }
                if (s.TryGetProperty("maxLength", out var maxLength) && str.Length > maxLength.GetInt32())
                {
                    errors.Add($"{path}: longer than {maxLength}");
                }
                if (s.TryGetProperty("format", out var format) && format.GetString() == "date-time"
                    && !DateTimeOffset.TryParse(str, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _))
                {
                    errors.Add($"{path}: '{str}' is not a date-time");
                }
                break;
            case JsonValueKind.Number:
                var value = x.GetDouble();
                if (s.TryGetProperty("minimum", out var min) && value < min.GetDouble())
                {
                    errors.Add($"{path}: {value} < minimum {min}");
                }
                if (s.TryGetProperty("maximum", out var max) && value > max.GetDouble())
                {
                    errors.Add($"{path}: {value} > maximum {max}");
                }
                break;
        }
        return errors.Count == start;
    }

    private void ValidateObject(JsonElement x, JsonElement s, string file, string path, List<string> errors)
    {
        if (s.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray())
            {
                if (!x.TryGetProperty(name.GetString()!, out _))
                {
                    errors.Add($"{path}: missing required '{name}'");
                }
            }
        }
        if (s.TryGetProperty("minProperties", out var minProps) && x.EnumerateObject().Count() < minProps.GetInt32())
        {
            errors.Add($"{path}: fewer than {minProps} properties");
        }
        s.TryGetProperty("properties", out var props);
        s.TryGetProperty("patternProperties", out var patternProps);
        var hasAdditional = s.TryGetProperty("additionalProperties", out var additional);
        foreach (var p in x.EnumerateObject())
        {
            var matched = false;
            if (props.ValueKind == JsonValueKind.Object && props.TryGetProperty(p.Name, out var ps))
            {
                matched = true;
                Validate(p.Value, ps, file, $"{path}.{p.Name}", errors);
            }
            if (patternProps.ValueKind == JsonValueKind.Object)
            {
                foreach (var pp in patternProps.EnumerateObject())
                {
                    if (Regexes.GetOrAdd(pp.Name, n => new Regex(n, RegexOptions.CultureInvariant)).IsMatch(p.Name))
                    {
                        matched = true;
                        Validate(p.Value, pp.Value, file, $"{path}.{p.Name}", errors);
                    }
                }
            }
            if (!matched && hasAdditional)
            {
                if (additional.ValueKind == JsonValueKind.False)
                {
                    errors.Add($"{path}: additional property '{p.Name}' not allowed");
                }
                else if (additional.ValueKind == JsonValueKind.Object)
                {
                    Validate(p.Value, additional, file, $"{path}.{p.Name}", errors);
                }
            }
        }
    }

    private (JsonElement Schema, string File) Resolve(string reference, string currentFile)
    {
        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        var filePart = hash >= 0 ? reference[..hash] : reference;
        var fragment = hash >= 0 ? reference[(hash + 1)..] : "";
        var file = filePart.Length == 0 ? currentFile : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(currentFile)!, filePart));
        var node = Load(file);
        foreach (var part in fragment.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node.GetProperty(part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        }
        return (node, file);
    }

    private static bool TypeMatches(JsonElement x, JsonElement type)
    {
        if (type.ValueKind == JsonValueKind.Array)
        {
            return type.EnumerateArray().Any(t => TypeMatches(x, t));
        }
        return type.GetString() switch
        {
            "object" => x.ValueKind == JsonValueKind.Object,
            "array" => x.ValueKind == JsonValueKind.Array,
            "string" => x.ValueKind == JsonValueKind.String,
            "boolean" => x.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "null" => x.ValueKind == JsonValueKind.Null,
            "number" => x.ValueKind == JsonValueKind.Number,
            "integer" => x.ValueKind == JsonValueKind.Number && x.TryGetDecimal(out var d) && d == decimal.Truncate(d),
            _ => true,
        };
    }
}
