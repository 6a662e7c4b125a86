using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Vigil.Core.Cases;

/// <summary>
/// The per-organization hash chain of <see cref="AuditEntry"/>: each entry's hash covers the previous hash and
/// every field, so editing a row breaks its own hash and deleting one breaks the next entry's link.
/// </summary>
/// <remarks>
/// Instants are truncated to whole microseconds before hashing because PostgreSQL stores no finer; otherwise an
/// entry would fail verification after a round trip. Fields are length-prefixed so that moving text from one
/// field to the next changes the hash.
/// </remarks>
public static class AuditChain
{
    /// <summary>The previous hash of the first entry of every chain.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>Truncates to the precision every store keeps (microseconds, UTC).</summary>
    public static DateTimeOffset Normalize(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
    }

    public static string ComputeHash(string previousHash, Guid orgId, long sequence, DateTimeOffset at,
        string actor, string action, string target, string? detailsJson)
    {
        var sb = new StringBuilder(256);
        Append(sb, previousHash);
        Append(sb, orgId.ToString("N"));
        Append(sb, sequence.ToString(CultureInfo.InvariantCulture));
        Append(sb, Normalize(at).UtcTicks.ToString(CultureInfo.InvariantCulture));
        Append(sb, actor);
        Append(sb, action);
        Append(sb, target);
        Append(sb, detailsJson ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    private static void Append(StringBuilder sb, string value) =>
        sb.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('|');

    /// <summary>Builds the entry that follows <paramref name="previous"/> (null for the first).</summary>
    public static AuditEntry Next(AuditEntry? previous, Guid orgId, DateTimeOffset at, string actor, string action,
        string target, string? detailsJson)
    {
        var sequence = (previous?.Sequence ?? 0) + 1;
        var prevHash = previous?.Hash ?? Genesis;
        var when = Normalize(at);
        return new AuditEntry
        {
            OrgId = orgId,
            Sequence = sequence,
            At = when,
            Actor = actor,
            Action = action,
            Target = target,
            DetailsJson = detailsJson,
            PreviousHash = prevHash,
            Hash = ComputeHash(prevHash, orgId, sequence, when, actor, action, target, detailsJson),
        };
    }

    /// <summary>Verifies one organization's chain, given in any order. Reports the first break.</summary>
    public static AuditVerification Verify(IEnumerable<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var ordered = entries.OrderBy(e => e.Sequence).ToList();
        var expectedPrev = Genesis;
        long expectedSeq = 1;
        foreach (var e in ordered)
        {
            if (e.Sequence != expectedSeq)
            {
                return AuditVerification.Broken(ordered.Count, expectedSeq,
                    $"entry {expectedSeq} is missing (next present is {e.Sequence}): a row was deleted");
            }
            if (!string.Equals(e.PreviousHash, expectedPrev, StringComparison.Ordinal))
            {
                return AuditVerification.Broken(ordered.Count, e.Sequence,
                    $"entry {e.Sequence} does not link to the previous entry's hash: a row was deleted or rewritten");
            }
            var actual = ComputeHash(e.PreviousHash, e.OrgId, e.Sequence, e.At, e.Actor, e.Action, e.Target, e.DetailsJson);
            if (!string.Equals(actual, e.Hash, StringComparison.Ordinal))
            {
                return AuditVerification.Broken(ordered.Count, e.Sequence,
                    $"entry {e.Sequence} does not match its hash: its content was changed");
            }
            expectedPrev = e.Hash;
            expectedSeq++;
        }
        return new AuditVerification(true, ordered.Count, null, null);
    }
}
