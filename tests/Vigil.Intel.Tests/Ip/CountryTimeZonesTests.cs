using AwesomeAssertions;
using Vigil.Intel.Ip;

namespace Vigil.Intel.Tests.Ip;

public sealed class CountryTimeZonesTests
{
    [Theory]
    [InlineData("KP", null, null, "Asia/Pyongyang")]
    [InlineData("cn", null, null, "Asia/Shanghai")]
    [InlineData("US", 40.71, -74.0, "America/New_York")]
    [InlineData("US", 41.88, -87.63, "America/Chicago")]
    [InlineData("US", 39.74, -104.99, "America/Denver")]
    [InlineData("US", 33.45, -112.07, "America/Phoenix")]
    [InlineData("US", 37.42, -122.08, "America/Los_Angeles")]
    [InlineData("US", 61.2, -149.9, "America/Anchorage")]
    [InlineData("US", 21.3, -157.8, "Pacific/Honolulu")]
    [InlineData("RU", 43.12, 131.89, "Asia/Vladivostok")]
    [InlineData("RU", 55.75, 37.62, "Europe/Moscow")]
    [InlineData("AU", -31.95, 115.86, "Australia/Perth")]
    [InlineData("CA", 43.65, -79.38, "America/Toronto")]
    [InlineData("ZZ", null, null, null)]
    [InlineData(null, null, null, null)]
    public void Guess_country_and_point_give_zone(string? country, double? lat, double? lon, string? zone) =>
        CountryTimeZones.Guess(country, lat, lon).Should().Be(zone);

    [Fact]
    public void Guess_every_zone_is_known_to_the_runtime()
    {
        var zones = new[] { "GB", "DE", "KP", "KR", "JP", "CN", "IN", "NG", "BR", "AR", "NZ", "LA", "KH", "GQ" }
            .Select(c => CountryTimeZones.Guess(c, null, null)!);
        foreach (var zone in zones)
        {
            TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _).Should().BeTrue(zone);
        }
    }
}
