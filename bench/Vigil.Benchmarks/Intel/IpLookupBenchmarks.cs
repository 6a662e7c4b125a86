using System.Net;
using BenchmarkDotNet.Attributes;
using Vigil.Core.Reference;
using Vigil.Intel.Data;
using Vigil.Intel.Ip;

namespace Vigil.Benchmarks.Intel;

/// <summary>
/// Lookup cost after load (target ≤ 1 µs per IP, issue 5). Loads the real data: npm data packages
/// (scripts/install-data.sh) and the range lists from <c>VIGIL_INTEL_DIR</c>, else <c>../shared/data</c> beside the
/// repository. Each invocation looks up 1,024 addresses (OperationsPerInvoke), drawn with a fixed seed from a pool
/// of 4,096 so the geo cache sees realistic repetition; <c>RangesOnly</c> skips the city database.
/// </summary>
[MemoryDiagnoser]
public class IpLookupBenchmarks
{
    private const int Batch = 1024;
    private IntelSnapshot _intel = null!;
    private IPAddress[] _v4 = [];
    private IPAddress[] _v6 = [];

    [GlobalSetup]
    public void Setup()
    {
        var intelDir = Environment.GetEnvironmentVariable(IntelPaths.IntelDirVariable) ?? FindSharedData();
        _intel = IntelLoader.Load(new IntelLoadOptions { IntelDir = intelDir });
        if (_intel.Ip.Asns.V4Count == 0 || _intel.Ip.Geo is null)
        {
            throw new InvalidOperationException("data packages not installed: run scripts/install-data.sh");
        }
        var random = new Random(7);
        var pool4 = Enumerable.Range(0, 4096).Select(_ => IpKey.ToAddress((uint)random.NextInt64(0x01000000, 0xDF000000))).ToArray();
        var pool6 = Enumerable.Range(0, 4096).Select(_ => IpKey.ToAddress(((UInt128)0x2000_0000_0000_0000UL + (UInt128)(ulong)random.NextInt64(0, 0x0FFF_FFFF_FFFF_FFFF) << 64) | (ulong)random.NextInt64())).ToArray();
        _v4 = Enumerable.Range(0, Batch).Select(_ => pool4[random.Next(pool4.Length)]).ToArray();
        _v6 = Enumerable.Range(0, Batch).Select(_ => pool6[random.Next(pool6.Length)]).ToArray();
        // Warm the per-address geo cache the way a long-running ingest would have it.
        foreach (var ip in pool4.Concat(pool6))
        {
            _intel.Ip.Lookup(ip);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _intel.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public AnonymizerKind RangesOnlyV4()
    {
        var kind = AnonymizerKind.None;
        foreach (var ip in _v4)
        {
            kind |= _intel.Ip.Classify(ip).Kind;
        }
        return kind;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public AnonymizerKind FullLookupV4()
    {
        var kind = AnonymizerKind.None;
        foreach (var ip in _v4)
        {
            kind |= _intel.Ip.Lookup(ip).Anonymizer;
        }
        return kind;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public AnonymizerKind FullLookupV6()
    {
        var kind = AnonymizerKind.None;
        foreach (var ip in _v6)
        {
            kind |= _intel.Ip.Lookup(ip).Anonymizer;
        }
        return kind;
    }

    private static string FindSharedData()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "data");
            if (File.Exists(Path.Combine(dir.FullName, "Vigil.slnx")) && Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }
        return IntelPaths.DefaultIntelDir();
    }
}
