using Vigil.Core.Identifiers;

namespace Vigil.Sharing.KeyedHashing;

/// <summary>
/// Matches incoming keyed hashes against an organization's own identifiers without learning anything about
/// identifiers that do not match: each local identifier is hashed under every key of the keyring, and an incoming
/// hash is looked up. A hash made under a key the organization does not hold matches nothing.
/// </summary>
/// <typeparam name="T">What a match returns (a subject id, a subject identifier row).</typeparam>
public sealed class KeyedMatchIndex<T>
{
    private readonly Dictionary<(IdentifierKind Kind, string Hash), List<T>> _index = [];

    public KeyedMatchIndex(CommunityKeyring keyring)
    {
        Keyring = keyring ?? throw new ArgumentNullException(nameof(keyring));
    }

    public CommunityKeyring Keyring { get; }

    public int Count => _index.Count;

    public void Add(IdentifierKind kind, string canonicalValue, T item)
    {
        foreach (var h in Keyring.HashUnderAll(kind, canonicalValue))
        {
            if (!_index.TryGetValue((kind, h.Hash), out var list))
            {
                _index[(kind, h.Hash)] = list = [];
            }
            list.Add(item);
        }
    }

    /// <summary>Local items whose identifier has this hash (under whichever key); empty when none.</summary>
    public IReadOnlyList<T> Match(IdentifierKind kind, string hash) =>
        _index.TryGetValue((kind, hash.ToLowerInvariant()), out var list) ? list : [];
}
