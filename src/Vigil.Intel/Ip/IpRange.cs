using System.Net;

namespace Vigil.Intel.Ip;

/// <summary>An inclusive range of addresses of one family. For IPv4 only the low 32 bits of the bounds are used.</summary>
public readonly record struct IpRange(bool IsV4, UInt128 Start, UInt128 End)
{
    public static IpRange V4(uint start, uint end) => new(true, start, end);

    public static IpRange V6(UInt128 start, UInt128 end) => new(false, start, end);

    public uint Start4 => (uint)Start;

    public uint End4 => (uint)End;

    public override string ToString()
    {
        var start = IsV4 ? IpKey.ToAddress(Start4) : IpKey.ToAddress(Start);
        var end = IsV4 ? IpKey.ToAddress(End4) : IpKey.ToAddress(End);
        return start.Equals(end) ? start.ToString() : $"{start}-{end}";
    }

    public bool Contains(IPAddress ip)
    {
        var isV4 = IpKey.TryGetV4(ip, out var v4, out var v6);
        return isV4 == IsV4 && (isV4 ? v4 >= Start4 && v4 <= End4 : v6 >= Start && v6 <= End);
    }
}
