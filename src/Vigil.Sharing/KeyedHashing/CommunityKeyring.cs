using Vigil.Core.Identifiers;

namespace Vigil.Sharing.KeyedHashing;

/// <summary>
/// The community keys an organization holds. New hashes are made under <see cref="Primary"/>; incoming hashes are
/// matched under every key, so during a rotation partners still on the old key keep matching. Immutable.
/// </summary>
public sealed class CommunityKeyring
{
    private readonly Dictionary<string, CommunityKey> _byId;

    /// <param name="keys">All active keys; the first is primary unless <paramref name="primaryKeyId"/> says otherwise.</param>
    public CommunityKeyring(IEnumerable<CommunityKey> keys, string? primaryKeyId = null)
    {
        ArgumentNullException.ThrowIfNull(keys);
        Keys = [.. keys];
        if (Keys.Count == 0)
        {
            throw new ArgumentException("A keyring needs at least one key", nameof(keys));
        }
        _byId = new Dictionary<string, CommunityKey>(StringComparer.Ordinal);
        foreach (var k in Keys)
        {
            if (!_byId.TryAdd(k.KeyId, k))
            {
                throw new ArgumentException($"Key id '{k.KeyId}' appears twice", nameof(keys));
            }
        }
        Primary = primaryKeyId is null ? Keys[0] : _byId.GetValueOrDefault(primaryKeyId)
            ?? throw new ArgumentException($"Primary key '{primaryKeyId}' is not in the keyring", nameof(primaryKeyId));
    }

    public IReadOnlyList<CommunityKey> Keys { get; }

    public CommunityKey Primary { get; }

    public CommunityKey? Find(string keyId) => _byId.GetValueOrDefault(keyId);

    /// <summary>The hash to publish: under the primary key.</summary>
    public KeyedHash Hash(IdentifierKind kind, string canonicalValue) => KeyedIdentifierHasher.Hash(Primary, kind, canonicalValue);

    /// <summary>The value's hash under every key, for building a match index.</summary>
    public IEnumerable<KeyedHash> HashUnderAll(IdentifierKind kind, string canonicalValue)
    {
        foreach (var key in Keys)
        {
            yield return KeyedIdentifierHasher.Hash(key, kind, canonicalValue);
        }
    }

    /// <summary>
    /// Loads a key file: one key per line, <c>KEYID SECRET</c> (base64 or hex:...), <c>#</c> comments; a line
    /// <c>primary KEYID</c> picks the primary. Errors name the file and line.
    /// </summary>
    public static CommunityKeyring Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var keys = new List<CommunityKey>();
        string? primary = null;
        var lineNo = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2)
            {
                throw new FormatException($"{path}:{lineNo}: expected 'KEYID SECRET' or 'primary KEYID'");
            }
            if (parts[0] == "primary")
            {
                primary = parts[1];
                continue;
            }
            try
            {
                keys.Add(CommunityKey.FromText(parts[0], parts[1]));
            }
            catch (ArgumentException ex)
            {
                throw new FormatException($"{path}:{lineNo}: {ex.Message}", ex);
            }
        }
        try
        {
            return new CommunityKeyring(keys, primary);
        }
        catch (ArgumentException ex)
        {
            throw new FormatException($"{path}: {ex.Message}", ex);
        }
    }

    /// <summary>Writes a key file readable by <see cref="Load"/>, readable only by the owner on Unix.</summary>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var lines = new List<string> { "# Vigil community keys: KEYID SECRET(base64). Keep secret; see docs/sharing.md.", $"primary {Primary.KeyId}" };
        lines.AddRange(Keys.Select(k => $"{k.KeyId} {k.ExportSecret()}"));
        File.WriteAllLines(path, lines);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
