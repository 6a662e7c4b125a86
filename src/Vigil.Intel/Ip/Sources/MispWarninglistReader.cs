using System.Text.Json;
using Vigil.Intel.Data;

namespace Vigil.Intel.Ip.Sources;

/// <summary>
/// Reads MISP warninglists (https://github.com/MISP/misp-warninglists, CC0): a JSON object with <c>name</c>,
/// <c>version</c> (a number or string), <c>description</c>, <c>type</c> and <c>list</c> (array of strings).
/// Malformed JSON or a missing <c>list</c> gives an issue and null; non-string entries are skipped with an issue.
/// </summary>
public static class MispWarninglistReader
{
    public static MispWarninglist? Read(Stream utf8Json, string fileName, LoadIssues issues)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            issues.Add(fileName, (int)(e.LineNumber ?? -1) + 1, e.Path, "malformed JSON: " + e.Message);
            return null;
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                issues.Add(fileName, 0, null, "a warninglist must be a JSON object");
                return null;
            }
            if (!root.TryGetProperty("list", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                issues.Add(fileName, 0, "list", "missing or not an array");
                return null;
            }
            var entries = new List<string>(list.GetArrayLength());
            var index = 0;
            foreach (var item in list.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } s)
                {
                    entries.Add(s);
                }
                else
                {
                    issues.Add(fileName, 0, $"list[{index}]", "entry is not a non-empty string");
                }
                index++;
            }
            return new MispWarninglist(
                Text(root, "name") ?? Path.GetFileName(Path.GetDirectoryName(fileName)) ?? fileName,
                Text(root, "version") ?? "",
                Text(root, "description") ?? "",
                Text(root, "type") ?? "string",
                entries);
        }
    }

    private static string? Text(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
