using AwesomeAssertions;
using Vigil.Core.Reference;
using Vigil.Ingest.Okta;
using Vigil.Ingest.Tests.Streaming;

namespace Vigil.Ingest.Tests.Okta;

public sealed class OktaSystemLogParserTests
{
    [Fact]
    public void Parse_api_page_reads_every_field_detectors_use()
    {
        var parser = new OktaSystemLogParser();
        var results = parser.Parse(Fixtures.Open("okta-page.json"), "okta-page.json").ToList();

        results.Should().ContainSingle();
        var s = results[0].GetValueOrThrow();
        s.EventId.Should().Be("9d2f4b1e-f88a-11ef-8c3d-2b7f5e9a1c44");
        s.At.Should().Be(new DateTimeOffset(2025, 3, 4, 1, 12, 9, 412, TimeSpan.Zero));
        s.User.Should().Be("alice.nguyen@example.com");
        s.UserId.Should().Be("00u8x2kq7bLmN4pQz5d7");
        s.EventType.Should().Be("user.session.start");
        s.Success.Should().BeTrue();
        s.Ip.Should().Be("203.0.113.45");
        s.CountryCode.Should().Be("US");
        s.City.Should().Be("Dallas");
        s.Latitude.Should().Be(32.7889);
        s.Longitude.Should().Be(-96.8021);
        s.Asn.Should().Be(64501u);
        s.AsnOrg.Should().Be("example vpn hosting ltd");
        s.Anonymizer.Should().Be(AnonymizerKind.Proxy);
        s.AnonymizerSource.Should().Be("okta:isProxy");
        s.DeviceId.Should().Be("3f1c9a7be2d44c0e8a6b1f5d9c3e7a2b4d6f8e0a1c3b5d7f9e1a3c5b7d9f1e3a");
        s.UserAgent.Should().StartWith("Mozilla/5.0 (Windows NT 10.0");
        s.Line.Should().Be(2);
    }

    [Fact]
    public void Parse_ndjson_export_reads_ipv6_fastpass_device_and_policy_challenge()
    {
        var results = new OktaSystemLogParser().Parse(Fixtures.Open("okta-export.ndjson"), "x").Select(r => r.GetValueOrThrow()).ToList();

        results.Should().HaveCount(2);
        results[0].Ip.Should().Be("2001:db8:4f2a:1c00::2b");
        results[0].DeviceId.Should().Be("guo7k2m9p4QrStUvW1d7");
        results[0].DeviceManaged.Should().BeFalse();
        results[0].Anonymizer.Should().Be(AnonymizerKind.None);
        results[1].CountryCode.Should().Be("CN");
        results[1].Success.Should().BeFalse("a CHALLENGE is not a completed sign-in");
        results[1].Line.Should().Be(2);
    }

    [Fact]
    public void Parse_malformed_lines_are_reported_with_line_and_good_lines_kept()
    {
        var parser = new OktaSystemLogParser();
        var results = parser.Parse(Fixtures.Open("okta-with-errors.ndjson"), "okta-with-errors.ndjson").ToList();

        results.Where(r => r.IsSuccess).Select(r => r.Line).Should().Equal(1, 5);
        var errors = results.Where(r => !r.IsSuccess).Select(r => r.Error!).ToList();
        errors.Should().HaveCount(2);
        errors[0].Line.Should().Be(2);
        errors[0].File.Should().Be("okta-with-errors.ndjson");
        errors[0].Message.Should().StartWith("invalid JSON");
        errors[1].Line.Should().Be(3);
        errors[1].Field.Should().Be("uuid");
        parser.Counters.Errors.Should().Be(2);
        parser.Counters.Parsed.Should().Be(2);
    }

    [Fact]
    public void Parse_eventbridge_envelope_reads_the_event_under_detail()
    {
        var line = File.ReadAllLines(Vigil.TestSupport.RepoPaths.Fixture("logs/okta-export.ndjson"))[1];
        var wrapped = "{\"version\":\"0\",\"detail-type\":\"SystemLog\",\"source\":\"okta\",\"detail\":" + line + "}\n";

        var result = new OktaSystemLogParser().Parse(Fixtures.Bytes(wrapped), "eb.ndjson").Single();

        result.GetValueOrThrow().EventId.Should().Be("a1c3e5f7-f88b-11ef-9b2c-3d4e5f6a7b8c");
    }

    [Fact]
    public void Parse_threat_events_and_other_types_are_ignored_not_errors()
    {
        const string text = """
            {"uuid":"u1","published":"2025-03-04T01:00:00.000Z","eventType":"security.threat.detected","actor":{"id":"unknown","type":"User","alternateId":"unknown"},"outcome":{"result":"DENY"}}
            {"uuid":"u2","published":"2025-03-04T01:00:00.000Z","eventType":"user.lifecycle.create","actor":{"id":"00u","type":"User","alternateId":"a@example.com"}}
            {"uuid":"u3","published":"2025-03-04T01:00:00.000Z","eventType":"user.session.start","actor":{"id":"00u","type":"User","alternateId":"Hunter2!"},"outcome":{"result":"FAILURE"}}
            """;
        var parser = new OktaSystemLogParser();

        parser.Parse(Fixtures.Bytes(text), "x").Should().BeEmpty();
        parser.Counters.Ignored.Should().Be(3);
    }
}
