using System.Net;
using System.Net.Sockets;

namespace Vigil.Core.Detection.Network;

/// <summary>An IP network in CIDR form (<c>203.0.113.0/24</c>, <c>2001:db8::/32</c>), for trusted-egress lists.</summary>
public readonly record struct IpNetwork(IPAddress Prefix, int Length)
{
    public static bool TryParse(string text, out IpNetwork network)
    {
        network = default;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var addressText = slash < 0 ? text : text[..slash];
        if (!IPAddress.TryParse(addressText.Trim(), out var address))
        {
            return false;
        }
        var max = address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
        var length = max;
        if (slash >= 0 && (!int.TryParse(text.AsSpan(slash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out length) || length > max))
        {
            return false;
        }
        network = new IpNetwork(address, length);
        return true;
    }

    public bool Contains(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily != Prefix.AddressFamily)
        {
            return false;
        }
        Span<byte> a = stackalloc byte[16];
        Span<byte> p = stackalloc byte[16];
        address.TryWriteBytes(a, out var n);
        Prefix.TryWriteBytes(p, out _);
        var bits = Length;
        for (var i = 0; i < n && bits > 0; i++, bits -= 8)
        {
            var mask = bits >= 8 ? 0xFF : 0xFF << (8 - bits) & 0xFF;
            if ((a[i] & mask) != (p[i] & mask))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The /24 (IPv4) or /64 (IPv6) that holds <paramref name="address"/>, as text: the unit of
    /// residential and ISP pool sharing.</summary>
    public static string SubnetKey(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        Span<byte> b = stackalloc byte[16];
        address.TryWriteBytes(b, out var n);
        if (n == 4)
        {
            return $"{b[0]}.{b[1]}.{b[2]}.0/24";
        }
        b[8..16].Clear();
        return new IPAddress(b).ToString() + "/64";
    }
}
