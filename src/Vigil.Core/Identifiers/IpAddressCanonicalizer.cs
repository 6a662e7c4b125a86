using System.Net;
using System.Net.Sockets;

namespace Vigil.Core.Identifiers;

/// <summary>
/// IP addresses in their standard text form: dotted decimal for IPv4, RFC 5952 (lower case, shortest, <c>::</c>)
/// for IPv6. IPv4-mapped IPv6 (<c>::ffff:1.2.3.4</c>) becomes the IPv4 address, zone ids (<c>%eth0</c>), brackets and
/// ports are removed. <see cref="Identifier.Detail"/> is <c>ipv4</c> or <c>ipv6</c>, or the reason it is invalid.
/// </summary>
/// <remarks>
/// IPv4 is read strictly as four decimal parts: the BCL (like <c>inet_aton</c>) also accepts <c>127.1</c>, hex
/// <c>0x7f.0.0.1</c> and reads <c>010.1.1.1</c> as octal 8.1.1.1, forms that appear in attacks, never in logs.
/// Zero-padded parts (<c>010.001.001.001</c>, as spreadsheets and some Windows tools write) are read as decimal,
/// 10.1.1.1, because every log format Vigil ingests is decimal; the Detail then says
/// <c>ipv4 (leading zeros read as decimal)</c> so the reading is visible.
/// </remarks>
public static class IpAddressCanonicalizer
{
    public static Identifier Canonicalize(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = raw.Trim();
        if (text.Length == 0)
        {
            return Invalid(raw, "", "empty");
        }
        if (text.Length > 100)
        {
            return Invalid(raw, text[..100], "too long");
        }
        if (text.Contains('/', StringComparison.Ordinal))
        {
            return Invalid(raw, text.ToLowerInvariant(), "a network prefix, not one address");
        }
        if (text.Contains(':', StringComparison.Ordinal) && (text.Count(c => c == ':') > 1 || text.StartsWith('[')))
        {
            return V6(raw, text);
        }
        // IPv4 with a port: "1.2.3.4:8080".
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            text = text[..colon];
        }
        return TryParseV4(text, out var v4, out var padded)
            ? new Identifier(IdentifierKind.IpAddress, v4, raw, true, padded ? "ipv4 (leading zeros read as decimal)" : "ipv4")
            : Invalid(raw, text, "not an IPv4 address");
    }

    private static Identifier V6(string raw, string text)
    {
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                return Invalid(raw, text.ToLowerInvariant(), "unclosed bracket");
            }
            text = text[1..close];
        }
        var zone = text.IndexOf('%', StringComparison.Ordinal);
        if (zone >= 0)
        {
            text = text[..zone];
        }
        if (!text.All(c => char.IsAsciiHexDigit(c) || c is ':' or '.') || !IPAddress.TryParse(text, out var ip)
            || ip.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return Invalid(raw, text.ToLowerInvariant(), "not an IPv6 address");
        }
        if (ip.IsIPv4MappedToIPv6)
        {
            return new Identifier(IdentifierKind.IpAddress, ip.MapToIPv4().ToString(), raw, true, "ipv4");
        }
        ip.ScopeId = 0;
        return new Identifier(IdentifierKind.IpAddress, ip.ToString(), raw, true, "ipv6");
    }

    private static bool TryParseV4(string text, out string value, out bool padded)
    {
        value = "";
        padded = false;
        var parts = text.Split('.');
        if (parts.Length != 4)
        {
            return false;
        }
        var octets = new int[4];
        for (var i = 0; i < 4; i++)
        {
            var p = parts[i];
            if (p.Length is 0 or > 3 || !p.All(char.IsAsciiDigit))
            {
                return false;
            }
            padded |= p.Length > 1 && p[0] == '0';
            octets[i] = int.Parse(p, System.Globalization.CultureInfo.InvariantCulture);
            if (octets[i] > 255)
            {
                return false;
            }
        }
        value = string.Join('.', octets);
        return true;
    }

    private static Identifier Invalid(string raw, string value, string reason) =>
        new(IdentifierKind.IpAddress, value, raw, false, reason);
}
