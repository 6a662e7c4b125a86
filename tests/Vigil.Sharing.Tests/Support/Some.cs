using Vigil.Sharing.KeyedHashing;

namespace Vigil.Sharing.Tests.Support;

/// <summary>Deterministic test data.</summary>
public static class Some
{
    public static CommunityKey Key(string id = "k1", byte fill = 7) => new(id, Enumerable.Repeat(fill, 32).ToArray());

    public static CommunityKeyring Keyring(params CommunityKey[] keys) => new(keys.Length == 0 ? [Key()] : keys);
}
