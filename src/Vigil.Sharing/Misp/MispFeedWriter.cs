using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Vigil.Sharing.Export;
using Vigil.Sharing.KeyedHashing;
using Vigil.Sharing.Policy;
using Vigil.Sharing.Stix;
using Vigil.Sharing.Stix.Markings;

namespace Vigil.Sharing.Misp;

/// <summary>
/// Writes a MISP feed directory (the format MISP's "Feeds" fetch and PyMISP's feed generator use):
/// <c>manifest.json</c> (event uuid → summary), one <c>&lt;uuid&gt;.json</c> per event (<c>{"Event": {...}}</c>),
/// and <c>hashes.csv</c> (<c>md5(attribute value),event uuid</c> per line, for MISP's feed cache/overlap).
/// One event per TLP level, so a consumer's distribution rules can follow the marking.
/// </summary>
public static class MispFeedWriter
{
    public static async Task<int> WriteAsync(string directory, IEnumerable<SharingDecision> decisions, StixExportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(directory);
        var now = (options.Time ?? TimeProvider.System).GetUtcNow();
        var timestamp = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var orgUuid = StixIds.UuidV5(StixExporter.VigilNamespace, "misp-org|" + options.ProducerName).ToString("D");
        var byTlp = decisions.Where(d => d.Action != SharingAction.Withhold).GroupBy(d => d.Candidate.Tlp).OrderBy(g => g.Key);
        var manifest = new Dictionary<string, object>(StringComparer.Ordinal);
        var hashes = new StringBuilder();
        var attributeCount = 0;
        foreach (var group in byTlp)
        {
            var tag = TlpMarkings.NameOf(group.Key).ToLowerInvariant().Replace("tlp:clear", "tlp:clear", StringComparison.Ordinal);
            var eventUuid = StixIds.UuidV5(StixExporter.VigilNamespace, $"misp-event|{options.ProducerName}|{now:yyyy-MM-dd}|{tag}").ToString("D");
            var info = $"Vigil: DPRK IT-worker identifiers ({TlpMarkings.NameOf(group.Key)})";
            var path = Path.Combine(directory, eventUuid + ".json");
            await using (var stream = File.Create(path))
            await using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                w.WriteStartObject();
                w.WriteStartObject("Event");
                w.WriteString("uuid", eventUuid);
                w.WriteString("info", info);
                w.WriteString("date", now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("threat_level_id", "2");
                w.WriteString("analysis", "2");
                w.WriteBoolean("published", true);
                w.WriteString("timestamp", timestamp);
                w.WriteString("publish_timestamp", timestamp);
                w.WriteString("distribution", "1");
                w.WriteStartObject("Orgc");
                w.WriteString("name", options.ProducerName);
                w.WriteString("uuid", orgUuid);
                w.WriteEndObject();
                WriteTags(w, tag, "misp-galaxy:threat-actor=\"Famous Chollima\"");
                w.WriteStartArray("Attribute");
                foreach (var d in group)
                {
                    var c = d.Candidate;
                    string type, category, value, comment;
                    var raw = d.Action == SharingAction.ShareRaw ? MispAttributeMapping.RawType(c.Kind, c.CanonicalValue) : null;
                    if (raw is { } r)
                    {
                        (type, category, value) = (r.Type, r.Category, c.CanonicalValue);
                        comment = "Shared raw by the publisher's choice";
                    }
                    else
                    {
                        var hash = options.Keyring.Hash(c.Kind, c.CanonicalValue);
                        (type, category, value) = ("text", "Other", hash.ToWireText());
                        comment = $"Vigil keyed identifier: HMAC-SHA256 of a canonical {KeyedIdentifierHasher.KindName(c.Kind)} under community key {hash.KeyId}";
                    }
                    w.WriteStartObject();
                    w.WriteString("uuid", StixIds.UuidV5(StixExporter.VigilNamespace, $"{eventUuid}|{type}|{value}").ToString("D"));
                    w.WriteString("type", type);
                    w.WriteString("category", category);
                    w.WriteString("value", value);
                    w.WriteBoolean("to_ids", raw is not null);
                    w.WriteString("timestamp", timestamp);
                    w.WriteString("distribution", "5");
                    w.WriteString("comment", comment);
                    if (c.FirstSeen is { } fs)
                    {
                        w.WriteString("first_seen", fs.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.ffffffK", CultureInfo.InvariantCulture));
                    }
                    WriteTags(w, [.. (c.IndicatorIds ?? []).Select(id => $"vigil:indicator=\"{id}\"")]);
                    w.WriteEndObject();
                    hashes.Append(Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(value)))).Append(',').Append(eventUuid).Append('\n');
                    attributeCount++;
                }
                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteEndObject();
            }
            manifest[eventUuid] = new ManifestEntry(info, now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), tag, options.ProducerName, orgUuid, now.ToUnixTimeSeconds());
        }
        await using (var stream = File.Create(Path.Combine(directory, "manifest.json")))
        await using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            foreach (var (uuid, entryObj) in manifest)
            {
                var e = (ManifestEntry)entryObj;
                w.WriteStartObject(uuid);
                w.WriteString("info", e.Info);
                w.WriteString("date", e.Date);
                w.WriteNumber("analysis", 2);
                w.WriteNumber("threat_level_id", 2);
                w.WriteNumber("timestamp", e.Timestamp);
                w.WriteStartObject("Orgc");
                w.WriteString("name", e.OrgName);
                w.WriteString("uuid", e.OrgUuid);
                w.WriteEndObject();
                WriteTags(w, e.Tag);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        await File.WriteAllTextAsync(Path.Combine(directory, "hashes.csv"), hashes.ToString(), cancellationToken);
        return attributeCount;
    }

    private static void WriteTags(Utf8JsonWriter w, params string[] names)
    {
        w.WriteStartArray("Tag");
        foreach (var n in names)
        {
            w.WriteStartObject();
            w.WriteString("name", n);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private sealed record ManifestEntry(string Info, string Date, string Tag, string OrgName, string OrgUuid, long Timestamp);
}
