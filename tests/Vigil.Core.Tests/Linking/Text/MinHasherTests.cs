using AwesomeAssertions;
using FsCheck;
using FsCheck.Fluent;
using Vigil.Core.Linking.Text;

namespace Vigil.Core.Tests.Linking.Text;

public sealed class MinHasherTests
{
    private static readonly MinHasher Hasher = new(128, new NearDuplicateOptions().Seed);

    [Fact]
    public void Estimate_close_to_exact_jaccard_for_random_overlaps()
    {
        // Sets of 200..800 elements with a chosen overlap; num_perm 128 has a standard error ≤ 0.045, so 0.15 is > 3σ.
        var sizes = from shared in Gen.Choose(0, 500)
                    from onlyA in Gen.Choose(1, 300)
                    from onlyB in Gen.Choose(0, 300)
                    from salt in Gen.Choose(0, int.MaxValue)
                    select (shared, onlyA, onlyB, salt);
        Prop.ForAll(
            sizes.ToArbitrary(),
            t =>
            {
                var (shared, onlyA, onlyB, salt) = t;
                var baseValue = (ulong)salt << 20;
                var a = Enumerable.Range(0, shared + onlyA).Select(i => StableHash.Mix64(baseValue + (ulong)i)).Order().ToArray();
                var b = Enumerable.Range(0, shared).Concat(Enumerable.Range(shared + onlyA, onlyB)).Select(i => StableHash.Mix64(baseValue + (ulong)i)).Order().ToArray();
                var exact = Shingler.Jaccard<ulong>(a, b);
                var estimate = MinHasher.Estimate(Hasher.Signature(a), Hasher.Signature(b));
                return Math.Abs(exact - estimate) <= 0.15;
            }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Estimate_mean_error_is_small_over_many_pairs()
    {
        var random = new Random(11);
        var errors = new List<double>();
        for (var t = 0; t < 200; t++)
        {
            var shared = random.Next(0, 400);
            var a = Enumerable.Range(0, shared + random.Next(1, 200)).Select(i => StableHash.Mix64((ulong)(t * 10_000 + i))).Order().ToArray();
            var b = a.Take(shared).Concat(Enumerable.Range(0, random.Next(0, 200)).Select(i => StableHash.Mix64((ulong)(t * 10_000 + 5_000 + i)))).Order().ToArray();
            errors.Add(Math.Abs(Shingler.Jaccard<ulong>(a, b) - MinHasher.Estimate(Hasher.Signature(a), Hasher.Signature(b))));
        }
        errors.Average().Should().BeLessThan(0.05);
    }

    [Fact]
    public void Signature_same_seed_same_values_and_known_vector()
    {
        ulong[] set = [1, 2, 3];
        var first = new MinHasher(4, 42).Signature(set);
        new MinHasher(4, 42).Signature(set).Should().Equal(first);
        new MinHasher(4, 43).Signature(set).Should().NotEqual(first);
        // Pinned so a change to the permutation family (which would invalidate stored signatures) fails loudly.
        StableHash.Hash("résumé").Should().Be(StableHash.Hash("résumé"));
        StableHash.Mix64(1).Should().Be(0x5692161D100B05E5UL);
    }

    [Fact]
    public void Signature_of_empty_set_is_all_max()
    {
        Hasher.Signature([]).Should().AllSatisfy(v => v.Should().Be(ulong.MaxValue));
    }
}
