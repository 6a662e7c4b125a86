using Vigil.Core.Identifiers;

namespace Vigil.Sharing.KeyedHashing;

/// <summary>
/// Pairs what partners reported (a raw canonical value or a keyed hash) with the organization's own identifiers:
/// raw values by canonical equality, keyed hashes through a <see cref="KeyedMatchIndex{T}"/> over the own
/// identifiers hashed under every key held. Without a keyring, hashed reports match nothing.
/// </summary>
public static class CommunityMatcher
{
    public static IEnumerable<(TReported Reported, TOwn Own, bool Hashed)> Match<TReported, TOwn>(
        IEnumerable<TReported> reported,
        Func<TReported, (IdentifierKind Kind, string? Value, string? KeyedHash)> reportedKey,
        IReadOnlyCollection<TOwn> own,
        Func<TOwn, (IdentifierKind Kind, string Value)> ownKey,
        CommunityKeyring? keyring)
    {
        ArgumentNullException.ThrowIfNull(reported);
        ArgumentNullException.ThrowIfNull(reportedKey);
        ArgumentNullException.ThrowIfNull(own);
        ArgumentNullException.ThrowIfNull(ownKey);
        var raw = own.ToLookup(ownKey);
        KeyedMatchIndex<TOwn>? index = null;
        foreach (var r in reported)
        {
            var (kind, value, hash) = reportedKey(r);
            if (value is not null)
            {
                foreach (var o in raw[(kind, value)])
                {
                    yield return (r, o, false);
                }
            }
            else if (hash is not null && keyring is not null)
            {
                // Built on first need: hashing every own identifier under every key is the expensive part.
                if (index is null)
                {
                    index = new KeyedMatchIndex<TOwn>(keyring);
                    foreach (var o in own)
                    {
                        var k = ownKey(o);
                        index.Add(k.Kind, k.Value, o);
                    }
                }
                foreach (var o in index.Match(kind, hash))
                {
                    yield return (r, o, true);
                }
            }
        }
    }
}
