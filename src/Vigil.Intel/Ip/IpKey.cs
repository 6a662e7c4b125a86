using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace Vigil.Intel.Ip;

/// <summary>
/// IP addresses as integers: IPv4 as <see cref="uint"/>, IPv6 as <see cref="UInt128"/>, both big-endian network order,
/// so numeric order is address order and a range is two integers. IPv4-mapped IPv6 (<c>::ffff:a.b.c.d</c>) is IPv4.
/// </summary>
public static class IpKey
{
    /// <summary>Converts <paramref name="ip"/>; returns true for IPv4 (<paramref name="v4"/> set), false for IPv6
    /// (<paramref name="v6"/> set).</summary>
    public static bool TryGetV4(IPAddress ip, out uint v4, out UInt128 v6)
    {
        ArgumentNullException.ThrowIfNull(ip);
        Span<byte> bytes = stackalloc byte[16];
        if (ip.AddressFamily == AddressFamily.InterNetwork)
        {
            ip.TryWriteBytes(bytes, out _);
            v4 = BinaryPrimitives.ReadUInt32BigEndian(bytes);
            v6 = default;
            return true;
        }
        ip.TryWriteBytes(bytes, out _);
        if (ip.IsIPv4MappedToIPv6)
        {
            v4 = BinaryPrimitives.ReadUInt32BigEndian(bytes[12..]);
            v6 = default;
            return true;
        }
        v4 = 0;
        v6 = BinaryPrimitives.ReadUInt128BigEndian(bytes);
        return false;
    }

    public static IPAddress ToAddress(uint v4)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, v4);
        return new IPAddress(bytes);
    }

    public static IPAddress ToAddress(UInt128 v6)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128BigEndian(bytes, v6);
        return new IPAddress(bytes);
    }

    /// <summary>Parses <c>a.b.c.d</c>, <c>a.b.c.d/n</c>, an IPv6 address or <c>prefix/n</c> into an inclusive range.
    /// Host bits set in a CIDR (<c>10.1.2.3/8</c>) are ignored, as routers do. No exception on bad text.</summary>
    public static bool TryParseRange(ReadOnlySpan<char> text, out IpRange range)
    {
        range = default;
        text = text.Trim();
        var slash = text.IndexOf('/');
        var addressText = slash >= 0 ? text[..slash] : text;
        if (!IPAddress.TryParse(addressText, out var address))
        {
            return false;
        }
        var isV4 = TryGetV4(address, out var v4, out var v6);
        var maxBits = address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
        var bits = maxBits;
        if (slash >= 0 && (!int.TryParse(text[(slash + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out bits) || bits > maxBits))
        {
            return false;
        }
        // ::ffff:a.b.c.d/n with n >= 96 names IPv4 space.
        if (isV4 && address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (bits < 96)
            {
                return false;
            }
            bits -= 96;
        }
        if (isV4)
        {
            var mask = bits == 0 ? 0u : uint.MaxValue << (32 - bits);
            range = IpRange.V4(v4 & mask, (v4 & mask) | ~mask);
        }
        else
        {
            var mask = bits == 0 ? UInt128.Zero : UInt128.MaxValue << (128 - bits);
            range = IpRange.V6(v6 & mask, (v6 & mask) | ~mask);
        }
        return true;
    }

    /// <summary>Parses an inclusive <c>start,end</c> pair of addresses of one family.</summary>
    public static bool TryParseRange(ReadOnlySpan<char> start, ReadOnlySpan<char> end, out IpRange range)
    {
        range = default;
        if (!IPAddress.TryParse(start.Trim(), out var a) || !IPAddress.TryParse(end.Trim(), out var b))
        {
            return false;
        }
        var aIsV4 = TryGetV4(a, out var a4, out var a6);
        var bIsV4 = TryGetV4(b, out var b4, out var b6);
        if (aIsV4 != bIsV4)
        {
            return false;
        }
        if (aIsV4)
        {
            if (a4 > b4)
            {
                return false;
            }
            range = IpRange.V4(a4, b4);
            return true;
        }
        if (a6 > b6)
        {
            return false;
        }
        range = IpRange.V6(a6, b6);
        return true;
    }
}
