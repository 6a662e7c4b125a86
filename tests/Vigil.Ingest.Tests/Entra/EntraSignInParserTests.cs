using AwesomeAssertions;
using Vigil.Core.Reference;
using Vigil.Ingest.Entra;
using Vigil.Ingest.Tests.Streaming;

namespace Vigil.Ingest.Tests.Entra;

public sealed class EntraSignInParserTests
{
    [Fact]
    public void Parse_graph_page_reads_both_sign_ins()
    {
        var results = new EntraSignInParser().Parse(Fixtures.Open("entra-graph-page.json"), "x").Select(r => r.GetValueOrThrow()).ToList();

        results.Should().HaveCount(2);
        results[0].EventId.Should().Be("6f1d2c3b-4a5e-4f60-9b7a-8c9d0e1f2a3b");
        results[0].At.UtcDateTime.Should().Be(new DateTime(2025, 3, 4, 1, 12, 9, DateTimeKind.Utc).AddTicks(4127311));
        results[0].Success.Should().BeTrue();
        results[0].CountryCode.Should().Be("US");
        results[0].Latitude.Should().Be(32.7889);
        results[0].DeviceId.Should().BeNull("an empty deviceId means an unregistered device");
        results[0].Anonymizer.Should().Be(AnonymizerKind.Vpn);
        results[1].Success.Should().BeFalse();
        results[1].CountryCode.Should().Be("CN");
        results[1].HasLocation.Should().BeFalse("null coordinates must be skipped, not crash");
    }

    [Fact]
    public void Parse_diagnostic_record_reads_properties_and_asn()
    {
        var s = new EntraSignInParser().Parse(Fixtures.Open("entra-diagnostic.ndjson"), "x").Single().GetValueOrThrow();

        s.User.Should().Be("alice.nguyen@example.com");
        s.Asn.Should().Be(64501u);
        s.UserAgent.Should().Contain("Teams");
        s.Ip.Should().Be("203.0.113.45");
    }

    [Fact]
    public void Parse_log_analytics_rows_accept_json_text_columns()
    {
        var results = new EntraSignInParser().Parse(Fixtures.Open("entra-loganalytics.ndjson"), "x").Select(r => r.GetValueOrThrow()).ToList();

        results.Should().HaveCount(2);
        results[0].Anonymizer.Should().Be(AnonymizerKind.Vpn);
        results[0].Asn.Should().Be(64501u);
        results[1].City.Should().Be("Shenyang");
        results[1].Latitude.Should().Be(41.7922);
        results[1].Success.Should().BeTrue();
    }

    [Fact]
    public void Parse_missing_user_is_an_error_naming_the_field()
    {
        var result = new EntraSignInParser().Parse(Fixtures.Bytes("{\"id\":\"x\",\"createdDateTime\":\"2025-03-04T01:00:00Z\"}\n"), "e.ndjson").Single();

        result.Error!.Field.Should().Be("userPrincipalName");
        result.Error.Line.Should().Be(1);
    }
}
