using AwesomeAssertions;
using Vigil.Ingest.Common;

namespace Vigil.Ingest.Tests.Common;

public sealed class BoundedLineReaderTests
{
    [Fact]
    public void ReadLines_mixed_terminators_number_lines_from_one()
    {
        var lines = BoundedLineReader.ReadLines(new StringReader("\uFEFFa\r\nb\rc\n\nd"), "f").ToList();
        lines.Select(l => l.Text).Should().Equal("a", "b", "c", "", "d");
        lines.Select(l => l.Number).Should().Equal(1, 2, 3, 4, 5);
    }

    [Fact]
    public void ReadLines_over_long_line_is_an_error_and_the_next_line_is_read()
    {
        var text = "short\n" + new string('x', 200_000) + "\nafter\n";
        var lines = BoundedLineReader.ReadLines(new StringReader(text), "f.jsonl", new IngestLimits(MaxLineChars: 1000)).ToList();
        lines.Should().HaveCount(3);
        lines[1].Error.Should().Be(new IngestError("f.jsonl", 2, null, IngestErrorMessages.LineTooLong(1000)));
        lines[2].Text.Should().Be("after");
    }

    [Fact]
    public void IngestError_ToString_names_file_line_and_field()
    {
        new IngestError("a.csv", 7, "emails", "bad").ToString().Should().Be("a.csv:7: emails: bad");
    }
}
