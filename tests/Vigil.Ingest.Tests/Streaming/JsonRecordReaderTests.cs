using System.Text;
using AwesomeAssertions;
using Vigil.Ingest.Common;
using Vigil.Ingest.Streaming;

namespace Vigil.Ingest.Tests.Streaming;

public sealed class JsonRecordReaderTests
{
    private static List<(long Line, string? Text, string? Error)> Read(string text, IngestLimits? limits = null) =>
        JsonRecordReader.Read(Fixtures.Bytes(text), "f", limits)
            .Select(r => (r.Line, r.Error is null ? Encoding.UTF8.GetString(r.Utf8.Span) : null, r.Error?.Message))
            .ToList();

    [Fact]
    public void Read_top_level_array_yields_each_element_with_its_line()
    {
        Read("[\n {\"a\":1},\n {\"b\":\"x]}\"}\n]").Should().Equal((2L, "{\"a\":1}", (string?)null), (3L, "{\"b\":\"x]}\"}", null));
    }

    [Fact]
    public void Read_wrapper_object_yields_elements_of_the_named_array()
    {
        var text = "{\"@odata.context\":\"c\",\"nested\":{\"value\":[{\"no\":1}]},\n\"value\":[{\"id\":1},{\"id\":2}],\"@odata.nextLink\":\"n\"}";
        Read(text).Select(r => r.Text).Should().Equal("{\"id\":1}", "{\"id\":2}");
    }

    [Fact]
    public void Read_ndjson_keeps_going_after_a_broken_line()
    {
        var records = Read("{\"a\":1}\n{\"b\":\n\n{\"c\":3}\r\n");
        records.Select(r => (r.Line, r.Text)).Should().Equal((1L, "{\"a\":1}"), (2L, "{\"b\":"), (4L, "{\"c\":3}"));
    }

    [Fact]
    public void Read_over_long_line_is_reported_and_skipped()
    {
        var big = "{\"a\":\"" + new string('x', 5000) + "\"}";
        var records = Read("{\"a\":1}\n" + big + "\n{\"c\":3}\n", new IngestLimits(MaxLineChars: 1000));
        records.Should().HaveCount(3);
        records[1].Error.Should().Be(IngestErrorMessages.LineTooLong(1000));
        records[2].Line.Should().Be(3);
    }

    [Fact]
    public void Read_array_spanning_many_buffers_yields_all_records()
    {
        var sb = new StringBuilder("[");
        for (var i = 0; i < 20_000; i++)
        {
            sb.Append(i == 0 ? "" : ",\n").Append("{\"i\":").Append(i).Append(",\"pad\":\"").Append(new string('p', 20)).Append("\"}");
        }
        sb.Append(']');
        var records = Read(sb.ToString());
        records.Should().HaveCount(20_000);
        records[^1].Line.Should().Be(20_000);
        records.Should().OnlyContain(r => r.Error == null);
    }
}
