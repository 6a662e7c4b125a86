using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Vigil.Core.Identifiers;
using Vigil.Sharing.Export;
using Vigil.Sharing.KeyedHashing;
using Vigil.Sharing.Policy;
using Vigil.Sharing.Stix;
using Vigil.Sharing.Stix.Serialization;

namespace Vigil.Benchmarks.Sharing;

/// <summary>
/// STIX serialize and parse throughput on a realistic export (indicators, keyed-identifier SCOs, relationships).
/// Targets (issue 7): serialize ≥ 200,000 objects/s, parse ≥ 150,000 objects/s. Objects/s = N / mean time.
/// </summary>
[MemoryDiagnoser]
public class StixSerializationBenchmarks
{
    private List<StixObject> _objects = [];
    private byte[] _bundle = [];

    [Params(30_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var keyring = new CommunityKeyring([new CommunityKey("bench", new byte[32])]);
        var decisions = Enumerable.Range(0, N / 3).Select(i => new SharingDecision(
            new ShareCandidate(IdentifierKind.Phone, $"+1415555{i:D4}", true, IndicatorIds: ["COM-02"]), SharingAction.ShareHashed, "bench"));
        _objects = [.. StixExporter.Export(decisions, new StixExportOptions("Bench org", keyring))];
        var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, StixBundleWriter.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "bundle");
            writer.WriteString("id", StixIds.NewId("bundle"));
            writer.WriteStartArray("objects");
            foreach (var o in _objects)
            {
                JsonSerializer.Serialize(writer, o, StixJsonContext.Default.StixObject);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        _bundle = stream.ToArray();
    }

    [Benchmark(Baseline = true)]
    public long Serialize()
    {
        var buffer = new ArrayBufferWriter<byte>(_bundle.Length + 1024);
        using var writer = new Utf8JsonWriter(buffer, StixBundleWriter.WriterOptions);
        writer.WriteStartArray();
        foreach (var o in _objects)
        {
            JsonSerializer.Serialize(writer, o, StixJsonContext.Default.StixObject);
        }
        writer.WriteEndArray();
        writer.Flush();
        return buffer.WrittenCount;
    }

    [Benchmark]
    public async Task<int> ParseStreaming()
    {
        var count = 0;
        await foreach (var r in StixBundleReader.ReadAsync(new MemoryStream(_bundle)))
        {
            if (r.Success)
            {
                count++;
            }
        }
        return count;
    }
}
