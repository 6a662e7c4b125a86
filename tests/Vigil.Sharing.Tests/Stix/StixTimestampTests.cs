using AwesomeAssertions;
using Vigil.Sharing.Stix;

namespace Vigil.Sharing.Tests.Stix;

public class StixTimestampTests
{
    [Theory]
    [InlineData("2016-04-06T20:03:48.000Z")]
    [InlineData("2016-01-01T00:00:00Z")]
    [InlineData("2020-01-01T00:00:00.123456Z")]
    [InlineData("2020-02-29T23:59:59.1Z")]
    [InlineData("1999-12-31T23:59:59.123456789Z")]
    public void Parse_valid_text_formats_back_unchanged(string text)
    {
        StixTimestamp.TryParse(text, out var ts).Should().BeTrue();
        ts.ToString().Should().Be(text.EndsWith("789Z", StringComparison.Ordinal) ? "1999-12-31T23:59:59.123456700Z" : text);
    }

    [Theory]
    [InlineData("2016-04-06 20:03:48Z")]
    [InlineData("2016-04-06T20:03:48+01:00")]
    [InlineData("2016-13-06T20:03:48Z")]
    [InlineData("2019-02-29T00:00:00Z")]
    [InlineData("2016-04-06T20:03:48.Z")]
    [InlineData("yesterday")]
    public void Parse_invalid_text_fails(string text) => StixTimestamp.TryParse(text, out _).Should().BeFalse();

    [Fact]
    public void FromDateTimeOffset_truncates_to_milliseconds()
    {
        var ts = StixTimestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(2)).AddTicks(12_345_678));
        ts.ToString().Should().Be("2026-11-23T07:00:01.234Z");
    }
}
