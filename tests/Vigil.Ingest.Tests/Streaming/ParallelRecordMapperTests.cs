using System.Text;
using AwesomeAssertions;
using Vigil.Ingest.Common;
using Vigil.Ingest.Streaming;

namespace Vigil.Ingest.Tests.Streaming;

public sealed class ParallelRecordMapperTests
{
    private static string Lines(int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"{{\"n\":{i}}}\n"));

    private static ParallelRecordMapper.RecordMapper<string> Describe() => (record, output) =>
        output.Add(record.Error is null ? $"{record.Line}:{Encoding.UTF8.GetString(record.Utf8.Span)}" : $"{record.Line}!{record.Error.Message}");

    private static List<string> Sequential(string text) =>
        JsonRecordReader.Read(Fixtures.Bytes(text), "f")
            .Select(r => r.Error is null ? $"{r.Line}:{Encoding.UTF8.GetString(r.Utf8.Span)}" : $"{r.Line}!{r.Error.Message}")
            .ToList();

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 5000)]
    [InlineData(3, ParallelRecordMapper.ChunkRecords * 3 + 17)]
    public void Map_yields_every_record_in_file_order(int workers, int count)
    {
        var text = Lines(count);

        var mapped = ParallelRecordMapper.Map(Fixtures.Bytes(text), "f", Describe, workers).SelectMany(c => c.ToList()).ToList();

        mapped.Should().Equal(Sequential(text));
    }

    [Fact]
    public void Map_keeps_bad_and_over_long_records_with_their_lines()
    {
        var text = Lines(2500) + "{\"broken\":\n" + "{\"a\":\"" + new string('x', 3000) + "\"}\n" + Lines(10);

        var mapped = ParallelRecordMapper.Map(Fixtures.Bytes(text), "f", Describe, 2, new IngestLimits(MaxLineChars: 1000))
            .SelectMany(c => c.ToList()).ToList();

        mapped.Should().HaveCount(2512);
        mapped[2500].Should().StartWith("2501:{\"broken\":");
        mapped[2501].Should().StartWith("2502!");
        mapped[^1].Should().Be("2512:{\"n\":10}");
    }

    [Fact]
    public void Map_stopped_early_ends_its_threads()
    {
        var text = Lines(20_000);

        var first = ParallelRecordMapper.Map(Fixtures.Bytes(text), "f", Describe, 2).SelectMany(c => c.ToList()).Take(1500).ToList();

        first.Should().HaveCount(1500);
        first[^1].Should().Be("1500:{\"n\":1500}");
    }

    [Fact]
    public void Map_rethrows_a_mapper_exception_to_the_caller()
    {
        var text = Lines(5000);
        ParallelRecordMapper.RecordMapper<string> Failing() => (record, output) =>
        {
            if (record.Line == 3000)
            {
                throw new InvalidDataException("mapper broke on line 3000");
            }
            output.Add("ok");
        };

        var run = () => ParallelRecordMapper.Map(Fixtures.Bytes(text), "f", Failing, 2).SelectMany(c => c.ToList()).Count();

        run.Should().Throw<InvalidDataException>().WithMessage("*line 3000*");
    }

    [Fact]
    public void Map_one_document_array_is_cut_like_the_sequential_reader()
    {
        var text = "[" + string.Join(",\n", Enumerable.Range(1, 3000).Select(i => $"{{\"n\":{i}}}")) + "]";

        var mapped = ParallelRecordMapper.Map(Fixtures.Bytes(text), "f", Describe, 2).SelectMany(c => c.ToList()).ToList();

        mapped.Should().Equal(Sequential(text));
        mapped.Should().HaveCount(3000);
    }
}
