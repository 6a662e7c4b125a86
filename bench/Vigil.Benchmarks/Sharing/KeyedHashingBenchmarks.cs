using BenchmarkDotNet.Attributes;
using Vigil.Core.Identifiers;
using Vigil.Sharing.KeyedHashing;

namespace Vigil.Benchmarks.Sharing;

/// <summary>Keyed hashing of canonical identifiers (the cost of building a match index per key).</summary>
[MemoryDiagnoser]
public class KeyedHashingBenchmarks
{
    private readonly CommunityKey _key = new("bench", new byte[32]);

    [Benchmark]
    public string HashPhone() => KeyedIdentifierHasher.Hash(_key, IdentifierKind.Phone, "+14155550100").Hash;
}
