using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Vigil.Ingest.Okta;
using Vigil.Ingest.Streaming;
using Vigil.Server.Application.Monitoring;

namespace Vigil.Benchmarks.Monitoring;

/// <summary>
/// The Okta System Log parser against a plain System.Text.Json token walk of the same bytes (issue 5: the whole
/// pipeline must reach ≥ 40% of the plain parse). The input is a seeded <see cref="OktaSyntheticLog"/> NDJSON of
/// 20,000 events held in memory, so disk speed is out of the figure; results are per event (OperationsPerInvoke).
/// Run: <c>dotnet run -c Release --project bench/Vigil.Benchmarks -- --filter '*OktaParser*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class OktaParserBenchmarks
{
    private const int Events = 20_000;
    private byte[] _bytes = [];

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(Path.GetTempPath(), $"vigil-bench-okta-{Environment.ProcessId}.ndjson");
        OktaSyntheticLog.Write(path, Events, workers: 2000, seed: 20250304);
        _bytes = File.ReadAllBytes(path);
        File.Delete(path);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Events)]
    public long Utf8JsonReaderTokenWalk()
    {
        long n = 0;
        foreach (var record in JsonRecordReader.Read(new MemoryStream(_bytes, writable: false), "bench"))
        {
            var reader = new Utf8JsonReader(record.Utf8.Span);
            while (reader.Read())
            {
            }
            n++;
        }
        return n;
    }

    [Benchmark(OperationsPerInvoke = Events)]
    public long OktaParser()
    {
        long n = 0;
        foreach (var result in new OktaSystemLogParser().Parse(new MemoryStream(_bytes, writable: false), "bench"))
        {
            n += result.IsSuccess ? 1 : 0;
        }
        return n;
    }
}
