using BenchmarkDotNet.Attributes;
using Vigil.Core.Events;
using Vigil.Ingest.Okta;
using Vigil.Intel.Data;
using Vigil.Server.Application.Monitoring;

namespace Vigil.Benchmarks.Monitoring;

/// <summary>
/// The enrich + detect kernel of monitoring: already-parsed sign-ins through worker matching, IP enrichment (real
/// intel when the npm data packages are installed, else empty) and all seven sign-in detectors, then
/// <see cref="MonitoringPipeline.Complete"/>. Per event (OperationsPerInvoke). Each invocation starts a fresh
/// pipeline, as one ingest does; the sign-ins are re-used, so the enricher's writes are idempotent.
/// Run: <c>dotnet run -c Release --project bench/Vigil.Benchmarks -- --filter '*EnrichDetect*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class EnrichDetectBenchmarks
{
    private const int Events = 20_000;
    private const int Workers = 2000;
    private SignIn[] _signIns = [];
    private WorkerDirectory _workers = null!;
    private IntelSnapshot _intel = null!;
    private MonitoringReferences _references = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(Path.GetTempPath(), $"vigil-bench-kernel-{Environment.ProcessId}.ndjson");
        OktaSyntheticLog.Write(path, Events, Workers, seed: 20250304);
        using (var stream = File.OpenRead(path))
        {
            _signIns = new OktaSystemLogParser().Parse(stream, path).Where(r => r.IsSuccess).Select(r => r.Value!).ToArray();
        }
        File.Delete(path);
        _workers = new WorkerDirectory(Enumerable.Range(0, Workers).Select(i =>
            WorkerProfile.Create(new Guid(i, 0, 0, [0, 0, 0, 0, 0, 0, 0, 1]), [$"worker{i:D5}@example.com"], "US", "America/Chicago")).ToList());
        _intel = IntelLoader.Load(new IntelLoadOptions());
        _references = new MonitoringReferences(_intel.Ip, _intel.RemoteAccess, _intel.Usb);
    }

    [GlobalCleanup]
    public void Cleanup() => _intel.Dispose();

    [Benchmark(OperationsPerInvoke = Events)]
    public int EnrichAndDetect()
    {
        var pipeline = new MonitoringPipeline(_workers, _references);
        foreach (var signIn in _signIns)
        {
            pipeline.Observe(signIn);
        }
        return pipeline.Complete().Count;
    }
}
