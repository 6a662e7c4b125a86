using System.Security.Cryptography;
using System.Text;

namespace Vigil.Screening.Lists;

/// <summary>Content hash of a list entry over what screening depends on (names, type, programs, dates,
/// nationalities, wallets, emails, phones, identifiers, gender). Two versions of an entry with equal hashes screen
/// identically, so deltas and suppressions key on it.</summary>
public static class ListEntryHash
{
    public static string Compute(ListEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var sb = new StringBuilder();
        sb.Append(entry.Name).Append('|').Append(entry.Type).Append('|').AppendJoin(';', entry.Programs).Append('|');
        foreach (var a in entry.Aliases.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            sb.Append(a.Name).Append(a.Quality).Append(';');
        }
        sb.Append('|').AppendJoin(';', entry.DatesOfBirth).Append('|').AppendJoin(';', entry.Nationalities);
        sb.Append('|').AppendJoin(';', entry.Wallets.Select(w => w.Address)).Append('|').AppendJoin(';', entry.Emails);
        sb.Append('|').AppendJoin(';', entry.Phones);
        sb.Append('|').AppendJoin(';', entry.Identifiers.Select(d => d.Value)).Append('|').Append(entry.Gender);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..16];
    }

    /// <summary>Hash of a whole version: SHA-256 over the sorted (id, hash) pairs.</summary>
    public static string OfVersion(IReadOnlyDictionary<string, string> entryHashes)
    {
        ArgumentNullException.ThrowIfNull(entryHashes);
        var sb = new StringBuilder();
        foreach (var (id, hash) in entryHashes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            sb.Append(id).Append('=').Append(hash).Append('\n');
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }
}
