using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Vigil.Storage.Auth;

/// <summary>A chain position recorded outside the database (<c>SEQUENCE:HASH</c>, as <c>vigil audit verify</c> prints
/// it): the entry at <see cref="Sequence"/> must still exist with <see cref="Hash"/>.</summary>
public sealed record AuditAnchor(long Sequence, string Hash)
{
    public override string ToString() => Sequence.ToString(CultureInfo.InvariantCulture) + ":" + Hash;

    public static bool TryParse(string? text, [NotNullWhen(true)] out AuditAnchor? anchor)
    {
        anchor = null;
        var parts = (text ?? "").Trim().Split(':');
        if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var seq) || seq < 0
            || parts[1].Length != 64 || !parts[1].All(char.IsAsciiHexDigit))
        {
            return false;
        }
        anchor = new AuditAnchor(seq, parts[1].ToLowerInvariant());
        return true;
    }
}
