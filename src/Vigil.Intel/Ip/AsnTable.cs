namespace Vigil.Intel.Ip;

/// <summary>
/// IP → autonomous system, from ip-location-db's <c>asn</c> CSVs (RouteViews + RIR + DB-IP, CC BY 4.0): sorted range
/// arrays searched by binary search, IPv4 keys as uint, IPv6 as UInt128. Immutable and thread-safe.
/// </summary>
public sealed class AsnTable
{
    private readonly RangeTable<uint> _v4;
    private readonly RangeTable<UInt128> _v6;
    private readonly AsnRecord[] _records;

    internal AsnTable(RangeTable<uint> v4, RangeTable<UInt128> v6, AsnRecord[] records)
    {
        _v4 = v4;
        _v6 = v6;
        _records = records;
    }

    public static AsnTable Empty { get; } = new(RangeTable<uint>.Empty, RangeTable<UInt128>.Empty, []);

    public int V4Count => _v4.Count;

    public int V6Count => _v6.Count;

    /// <summary>Distinct (ASN, organization) pairs.</summary>
    public int AsnCount => _records.Length;

    public AsnRecord? Find(uint v4)
    {
        var i = _v4.Find(v4);
        return i < 0 ? null : _records[i];
    }

    public AsnRecord? Find(UInt128 v6)
    {
        var i = _v6.Find(v6);
        return i < 0 ? null : _records[i];
    }
}
