using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Vigil.Sharing.Stix;

/// <summary>STIX identifiers (§2.9): <c>type--UUID</c>, random for SDOs/SROs and UUIDv5 for SCOs.</summary>
public static class StixIds
{
    public static string NewId(string type) => type + "--" + Guid.NewGuid().ToString("D");

    /// <summary>
    /// The deterministic SCO id of §2.9: UUIDv5 in the STIX namespace over the RFC 8785 canonical JSON of an object
    /// holding only the type's ID-contributing properties that are present.
    /// </summary>
    /// <param name="contributing">Property name → value (strings, numbers, nested objects as JSON). Null values are
    /// left out, as the spec says absent properties do not contribute.</param>
    public static string Deterministic(string type, IEnumerable<KeyValuePair<string, object?>> contributing)
    {
        ArgumentNullException.ThrowIfNull(contributing);
        var canonical = CanonicalJson.Serialize(contributing);
        return type + "--" + UuidV5(StixConstants.ObservableNamespace, canonical).ToString("D");
    }

    /// <summary>True when <paramref name="id"/> is <c>type--UUID</c> with the UUID in 8-4-4-4-12 form.</summary>
    public static bool IsValid(string? id, string? expectedType = null)
    {
        if (id is null)
        {
            return false;
        }
        var sep = id.IndexOf("--", StringComparison.Ordinal);
        if (sep <= 0 || id.Length - sep - 2 != 36 || !Guid.TryParseExact(id.AsSpan(sep + 2), "D", out _))
        {
            return false;
        }
        return expectedType is null || id.AsSpan(0, sep).SequenceEqual(expectedType);
    }

    /// <summary>The type part of an id (<c>indicator</c> for <c>indicator--…</c>), or null.</summary>
    public static string? TypeOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var sep = id.IndexOf("--", StringComparison.Ordinal);
        return sep > 0 ? id[..sep] : null;
    }

    /// <summary>RFC 4122 §4.3 name-based UUID with SHA-1 (version 5).</summary>
    public static Guid UuidV5(Guid nameSpace, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        nameSpace.TryWriteBytes(input, bigEndian: true, out _);
        nameBytes.CopyTo(input, 16);
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(input, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }

    internal static JsonElement ParseElement(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.Clone();
    }

}
