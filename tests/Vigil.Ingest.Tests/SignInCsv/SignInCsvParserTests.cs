using AwesomeAssertions;
using Vigil.Ingest.SignInCsv;
using Vigil.Ingest.Tests.Streaming;

namespace Vigil.Ingest.Tests.SignInCsv;

public sealed class SignInCsvParserTests
{
    [Fact]
    public void Parse_reports_bad_rows_by_line_and_field_and_keeps_good_ones()
    {
        var results = new SignInCsvParser().Parse(Fixtures.Text("signins.csv"), "signins.csv").ToList();

        results.Where(r => r.IsSuccess).Select(r => r.Line).Should().Equal(2, 3, 7);
        results.Where(r => !r.IsSuccess).Select(r => (r.Error!.Line, r.Error.Field)).Should().Equal((4L, "timestamp"), (5L, "ip"), (6L, "result"));
        var first = results[0].GetValueOrThrow();
        first.DeviceId.Should().Be("dev-0193");
        first.UserAgent.Should().Contain("KHTML, like Gecko");
        results[1].GetValueOrThrow().DeviceId.Should().BeNull();
    }

    [Fact]
    public void Parse_same_row_twice_gives_the_same_event_id()
    {
        var a = new SignInCsvParser().Parse(Fixtures.Text("signins.csv"), "a").First().GetValueOrThrow();
        var b = new SignInCsvParser().Parse(Fixtures.Text("signins.csv"), "b").First().GetValueOrThrow();

        a.EventId.Should().Be(b.EventId).And.HaveLength(32);
    }

    [Fact]
    public void Parse_missing_required_column_is_one_file_error()
    {
        var results = new SignInCsvParser().Parse(new StringReader("timestamp,user\n2025-01-01T00:00:00Z,a@b.c\n"), "s.csv").ToList();

        results.Should().ContainSingle().Which.Error!.Message.Should().Contain("'ip'");
    }
}
