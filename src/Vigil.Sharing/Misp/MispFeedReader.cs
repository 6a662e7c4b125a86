using System.Text.Json;
using Vigil.Core.Identifiers;
using Vigil.Core.Reference;
using Vigil.Sharing.KeyedHashing;

namespace Vigil.Sharing.Misp;

/// <summary>
/// Reads a MISP feed directory (manifest.json + event files) or a single MISP event JSON file into community
/// indicators. Attribute types Vigil has no identifier kind for are skipped and counted; a malformed event file is
/// reported by file name and the other events are still read.
/// </summary>
public sealed class MispFeedReader
{
    public List<string> Errors { get; } = [];

    public int Skipped { get; private set; }

    public async Task<List<CommunityIndicator>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var results = new List<CommunityIndicator>();
        IEnumerable<string> files;
        if (Directory.Exists(path))
        {
            var manifest = Path.Combine(path, "manifest.json");
            if (File.Exists(manifest))
            {
                using var doc = JsonDocument.Parse(await File.ReadAllBytesAsync(manifest, cancellationToken));
                files = [.. doc.RootElement.EnumerateObject().Select(p => Path.Combine(path, p.Name + ".json"))];
            }
            else
            {
                files = Directory.EnumerateFiles(path, "*.json").Where(f => !f.EndsWith("manifest.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
            }
        }
        else
        {
            files = [path];
        }
        foreach (var file in files)
        {
            try
            {
                using var doc = JsonDocument.Parse(await File.ReadAllBytesAsync(file, cancellationToken));
                ReadEvent(doc.RootElement, results);
            }
            catch (Exception ex) when (ex is JsonException or IOException or InvalidOperationException)
            {
                Errors.Add($"{file}: {ex.Message}");
            }
        }
        return results;
    }

    private void ReadEvent(JsonElement root, List<CommunityIndicator> results)
    {
        var ev = root.TryGetProperty("Event", out var e) ? e : root;
        var source = ev.TryGetProperty("Orgc", out var orgc) && orgc.TryGetProperty("name", out var n) ? n.GetString() ?? "misp" : "misp";
        var attributes = new List<JsonElement>();
        if (ev.TryGetProperty("Attribute", out var attrs) && attrs.ValueKind == JsonValueKind.Array)
        {
            attributes.AddRange(attrs.EnumerateArray());
        }
        if (ev.TryGetProperty("Object", out var objects) && objects.ValueKind == JsonValueKind.Array)
        {
            foreach (var o in objects.EnumerateArray())
            {
                if (o.TryGetProperty("Attribute", out var oa) && oa.ValueKind == JsonValueKind.Array)
                {
                    attributes.AddRange(oa.EnumerateArray());
                }
            }
        }
        foreach (var a in attributes)
        {
            var type = a.TryGetProperty("type", out var t) ? t.GetString() : null;
            var value = a.TryGetProperty("value", out var v) ? v.GetString() : null;
            if (type is null || value is null)
            {
                Skipped++;
                continue;
            }
            if (type == "text" && KeyedHash.TryParseWireText(value, out var hash))
            {
                results.Add(new CommunityIndicator(hash.Kind, null, hash.Hash, source, 70, null) { KeyId = hash.KeyId });
                continue;
            }
            if (MispAttributeMapping.KindOf(type) is { } kind)
            {
                results.Add(new CommunityIndicator(kind, Canonicalizer.Canonicalize(kind, value).Value, null, source, 70, null));
                continue;
            }
            Skipped++;
        }
    }
}
