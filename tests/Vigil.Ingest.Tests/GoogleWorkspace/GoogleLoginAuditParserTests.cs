using AwesomeAssertions;
using Vigil.Ingest.GoogleWorkspace;
using Vigil.Ingest.Tests.Streaming;

namespace Vigil.Ingest.Tests.GoogleWorkspace;

public sealed class GoogleLoginAuditParserTests
{
    [Fact]
    public void Parse_activities_page_yields_logins_and_ignores_account_warnings()
    {
        var parser = new GoogleLoginAuditParser();
        var results = parser.Parse(Fixtures.Open("google-login-page.json"), "x").Select(r => r.GetValueOrThrow()).ToList();

        results.Should().HaveCount(2);
        results[0].EventId.Should().Be("login:2025-03-04T01:12:10.318Z:-5829302981234567890");
        results[0].Success.Should().BeTrue();
        results[0].User.Should().Be("alice.nguyen@example.com");
        results[1].Success.Should().BeFalse();
        results[1].CountryCode.Should().Be("CN");
        results[1].Asn.Should().Be(64502u);
        parser.Counters.Ignored.Should().Be(1);
    }

    [Fact]
    public void Parse_events_as_single_object_and_numeric_qualifier_are_accepted()
    {
        const string line = "{\"id\":{\"time\":\"2025-03-04T01:12:10.318Z\",\"uniqueQualifier\":123,\"applicationName\":\"login\"},\"actor\":{\"email\":\"A@example.com\"},\"ipAddress\":\"203.0.113.1\",\"events\":{\"type\":\"login\",\"name\":\"login_success\"}}\n";

        var s = new GoogleLoginAuditParser().Parse(Fixtures.Bytes(line), "x").Single().GetValueOrThrow();

        s.EventId.Should().Be("login:2025-03-04T01:12:10.318Z:123");
        s.User.Should().Be("a@example.com");
    }
}
