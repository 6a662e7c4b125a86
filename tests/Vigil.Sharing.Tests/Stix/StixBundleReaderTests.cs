using System.Text;
using AwesomeAssertions;
using Vigil.Sharing.Stix;
using Vigil.Sharing.Stix.Objects;
using Vigil.Sharing.Stix.Serialization;

namespace Vigil.Sharing.Tests.Stix;

public class StixBundleReaderTests
{
    [Fact]
    public async Task ReadAsync_with_one_byte_reads_gives_same_objects_as_whole_buffer()
    {
        var json = await WriteBundleAsync(50);
        var results = await ReadAllAsync(new TrickleStream(json, 1));

        results.Should().HaveCount(50).And.OnlyContain(r => r.Success);
        results.Select(r => ((Note)r.Object!).Content).Should().Equal(Enumerable.Range(0, 50).Select(i => "note " + i));
    }

    [Fact]
    public async Task ReadAsync_grows_buffer_for_object_larger_than_buffer()
    {
        var big = new string('x', 300_000);
        var json = Encoding.UTF8.GetBytes(
            $$"""{"type":"bundle","id":"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d","objects":[{"type":"note","spec_version":"2.1","id":"note--5d0092c5-5f74-4287-9642-33f4c354e56d","created":"2020-01-01T00:00:00.000Z","modified":"2020-01-01T00:00:00.000Z","content":"{{big}}","object_refs":[]}]}""");

        var results = await ReadAllAsync(new TrickleStream(json, 8192));

        results.Should().ContainSingle().Which.Object.Should().BeOfType<Note>().Which.Content.Should().HaveLength(300_000);
    }

    [Fact]
    public async Task ReadAsync_reads_envelope_properties_after_objects()
    {
        var json = Encoding.UTF8.GetBytes("""{"objects":[],"more":true,"next":"abc"}""");
        var reader = new StixBundleReader();
        await foreach (var _ in reader.ReadObjectsAsync(new MemoryStream(json)))
        {
        }
        reader.More.Should().BeTrue();
        reader.Next.Should().Be("abc");
    }

    [Fact]
    public async Task ReadAsync_truncated_input_ends_with_error()
    {
        var json = await WriteBundleAsync(3);
        var results = await ReadAllAsync(new MemoryStream(json[..^30]));
        results.Should().HaveCount(3);
        results[^1].Error!.Message.Should().Contain("line 1").And.Contain("end of data");
    }

    [Fact]
    public async Task Writer_then_reader_round_trips_each_object()
    {
        var json = await WriteBundleAsync(5);
        var text = Encoding.UTF8.GetString(json);
        text.Should().StartWith("{\"type\":\"bundle\",\"id\":\"bundle--");
        (await ReadAllAsync(new MemoryStream(json))).Should().HaveCount(5).And.OnlyContain(r => r.Success);
    }

    internal static async Task<byte[]> WriteBundleAsync(int count)
    {
        var stream = new MemoryStream();
        await using (var writer = new StixBundleWriter(stream))
        {
            for (var i = 0; i < count; i++)
            {
                await writer.WriteAsync(new Note
                {
                    SpecVersion = "2.1",
                    Id = StixIds.NewId("note"),
                    Created = StixTimestamp.Parse("2020-01-01T00:00:00.000Z"),
                    Modified = StixTimestamp.Parse("2020-01-01T00:00:00.000Z"),
                    Content = "note " + i,
                    ObjectRefs = [DprkItWorkerActivity.IntrusionSetId],
                });
            }
        }
        return stream.ToArray();
    }

    private static async Task<List<StixReadResult>> ReadAllAsync(Stream stream)
    {
        var list = new List<StixReadResult>();
        await foreach (var r in StixBundleReader.ReadAsync(stream))
        {
            list.Add(r);
        }
        return list;
    }

    /// <summary>Returns at most <c>chunk</c> bytes per read, to exercise every buffer boundary.</summary>
    private sealed class TrickleStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(chunk, buffer.Length)], cancellationToken);
    }
}
