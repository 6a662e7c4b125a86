using AwesomeAssertions;
using Vigil.Ingest.Common;

namespace Vigil.Ingest.Tests.Common;

public sealed class CsvRecordReaderTests
{
    private static List<CsvRow> Read(string text, IngestLimits? limits = null) =>
        CsvRecordReader.Read(new StringReader(text), "t.csv", limits).ToList();

    [Fact]
    public void Read_quoted_fields_with_commas_quotes_and_newlines_unquotes_them()
    {
        var rows = Read("a,b,c\r\n1,\"x, \"\"y\"\"\",\"line1\r\nline2\"\n2,,\n");
        rows.Should().HaveCount(3);
        rows[1].Fields.Should().Equal("1", "x, \"y\"", "line1\nline2");
        rows[1].Line.Should().Be(2);
        rows[2].Line.Should().Be(4);
        rows[2].Fields.Should().Equal("2", "", "");
    }

    [Fact]
    public void Read_bom_and_blank_lines_are_ignored()
    {
        var rows = Read("\uFEFFid,name\n\n1,Ann\n");
        rows.Select(r => r.Fields[0]).Should().Equal("id", "1");
        rows[1].Line.Should().Be(3);
    }

    [Fact]
    public void Read_unterminated_quote_reports_the_starting_line()
    {
        var rows = Read("id\n\"open\nnever closed");
        rows[^1].Error!.Message.Should().Be(IngestErrorMessages.UnterminatedQuote);
        rows[^1].Line.Should().Be(2);
    }

    [Fact]
    public void Read_garbage_after_quote_is_an_error_and_the_next_row_survives()
    {
        var rows = Read("\"a\"b,c\nok,1\n");
        rows[0].Error!.Message.Should().Be(IngestErrorMessages.CharacterAfterQuote);
        rows[1].Fields.Should().Equal("ok", "1");
        rows[1].Line.Should().Be(2);
    }

    [Fact]
    public void Read_over_long_field_is_rejected_and_reading_continues()
    {
        var rows = Read("x,y\n" + new string('z', 50) + ",1\nok,2\n", new IngestLimits(MaxLineChars: 1000, MaxFieldChars: 10));
        rows[1].Error!.Message.Should().Contain(IngestErrorMessages.FieldTooLong(10));
        rows[1].Line.Should().Be(2);
        rows[2].Fields.Should().Equal("ok", "2");
    }

    [Fact]
    public void Read_over_long_record_is_rejected()
    {
        var rows = Read(string.Join(',', Enumerable.Repeat("abc", 100)) + "\nok\n", new IngestLimits(MaxLineChars: 50, MaxFieldChars: 10));
        rows[0].Error!.Message.Should().Be(IngestErrorMessages.RecordTooLong(50));
        rows[1].Fields.Should().Equal("ok");
    }
}
