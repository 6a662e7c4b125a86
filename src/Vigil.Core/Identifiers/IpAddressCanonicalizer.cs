using System.Net;

namespace Vigil.Core.Identifiers;

/// <summary>IPv4 and IPv6 in their shortest standard text form; IPv4-mapped IPv6 becomes IPv4.</summary>
public static class IpAddressCanonicalizer
{
    public static Identifier Canonicalize(string raw)
    {
        var text = raw.Trim();
        if (!IPAddress.TryParse(text, out var ip))
        {
            return new Identifier(IdentifierKind.IpAddress, text, raw, false, "not an IP address");
        }
        if (ip.IsIPv4MappedToIPv6)
        {
            ip = ip.MapToIPv4();
        }
        ip.ScopeId = 0;
        return new Identifier(IdentifierKind.IpAddress, ip.ToString(), raw, true);
    }
}
