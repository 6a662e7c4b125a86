using BenchmarkDotNet.Attributes;
using Vigil.Core.Linking.Photos;
using Vigil.Core.Linking.Text;

namespace Vigil.Benchmarks.Linking;

/// <summary>
/// Cost of the linking kernels (issue 4): a MinHash signature of a ~400-word résumé (word 3-shingles, 128
/// permutations), an LSH query against 20,000 stored résumés, the 256-bit photo hash of a 256×256 grayscale image,
/// and a photo-index query at distance 48 against 100,000 stored hashes.
/// </summary>
[MemoryDiagnoser]
public class LinkingBenchmarks
{
    private NearDuplicateIndex _index = null!;
    private string _resume = "";
    private byte[] _gray = [];
    private PhotoHashIndex _photos = null!;
    private PhotoHash _probe;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        _index = new NearDuplicateIndex(new NearDuplicateOptions());
        for (var i = 0; i < 20_000; i++)
        {
            _index.Add(new Guid(i, 0, 0, new byte[8]), SyntheticDocuments.Resume(random, 400));
        }
        _resume = SyntheticDocuments.Resume(random, 400);
        _gray = new byte[256 * 256];
        for (var i = 0; i < _gray.Length; i++)
        {
            _gray[i] = (byte)((i % 256) ^ (i / 256) * 3);
        }
        _photos = new PhotoHashIndex();
        for (var i = 0; i < 100_000; i++)
        {
            _photos.Add(new Guid(i, 0, 0, new byte[8]), new PhotoHash((ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64()));
        }
        _probe = PerceptualHasher.Compute(_gray, 256, 256);
    }

    [Benchmark]
    public ulong[] MinHashSignature() => _index.Signature(_resume);

    [Benchmark]
    public int LshQuery() => _index.Query(_resume, 0.8).Count;

    [Benchmark]
    public PhotoHash PhotoHashCompute() => PerceptualHasher.Compute(_gray, 256, 256);

    [Benchmark]
    public int PhotoIndexQuery() => _photos.Query(_probe, PhotoHash.DefaultMatchDistance).Count;
}
