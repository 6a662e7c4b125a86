using AwesomeAssertions;
using Vigil.Core.Linking.Photos;

namespace Vigil.Core.Tests.Linking.Photos;

public sealed class PhotoHashIndexTests
{
    private static PhotoHash Random256(Random r) => new((ulong)r.NextInt64() ^ (ulong)r.Next() << 63, (ulong)r.NextInt64(), (ulong)r.NextInt64(), (ulong)r.NextInt64());

    private static PhotoHash Flip(Random r, PhotoHash h, int bits)
    {
        Span<ulong> w = [h.W0, h.W1, h.W2, h.W3];
        foreach (var bit in Enumerable.Range(0, 256).OrderBy(_ => r.Next()).Take(bits))
        {
            w[bit >> 6] ^= 1UL << (bit & 63);
        }
        return new PhotoHash(w[0], w[1], w[2], w[3]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(31)]
    [InlineData(48)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(130)]
    public void Query_equals_brute_force(int maxDistance)
    {
        var r = new Random(maxDistance + 1);
        var index = new PhotoHashIndex();
        var stored = new List<(Guid Id, PhotoHash Hash)>();
        var bases = Enumerable.Range(0, 60).Select(_ => Random256(r)).ToList();
        for (var i = 0; i < 1500; i++)
        {
            // Clusters of near hashes at every distance up to 80 plus unrelated random ones.
            var hash = i % 3 == 0 ? Random256(r) : Flip(r, bases[i % bases.Count], r.Next(0, 80));
            var id = Guid.NewGuid();
            stored.Add((id, hash));
            index.Add(id, hash);
        }
        foreach (var query in bases.Take(20).Concat(Enumerable.Range(0, 5).Select(_ => Random256(r))))
        {
            var expected = stored.Select((s, i) => (s.Id, D: s.Hash.Distance(query), i)).Where(x => x.D <= maxDistance)
                .OrderBy(x => x.D).ThenBy(x => x.i).Select(x => new PhotoMatch(x.Id, x.D)).ToList();
            index.Query(query, maxDistance).Should().Equal(expected);
        }
        index.Count.Should().Be(1500);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(11)]
    [InlineData(15)]
    public void Query_equals_brute_force_when_most_hashes_share_chunks(int maxDistance)
    {
        // Look-alike photos: most hashes share their first ten chunks, so those buckets hold nearly everything.
        var r = new Random(maxDistance + 100);
        var index = new PhotoHashIndex();
        var stored = new List<(Guid Id, PhotoHash Hash)>();
        var common = Random256(r);
        for (var i = 0; i < 2000; i++)
        {
            var own = Random256(r);
            var hash = new PhotoHash(common.W0, common.W1, (common.W2 & 0xFFFF_FFFF_0000_0000) | (own.W2 & 0xFFFF_FFFF), own.W3);
            hash = i % 4 == 0 ? Flip(r, hash, r.Next(0, 20)) : hash;
            var id = Guid.NewGuid();
            stored.Add((id, hash));
            index.Add(id, hash);
        }
        foreach (var query in stored.Take(40).Select(s => Flip(r, s.Hash, r.Next(0, 12))))
        {
            var expected = stored.Select((s, i) => (s.Id, D: s.Hash.Distance(query), i)).Where(x => x.D <= maxDistance)
                .OrderBy(x => x.D).ThenBy(x => x.i).Select(x => new PhotoMatch(x.Id, x.D)).ToList();
            index.Query(query, maxDistance).Should().Equal(expected);
        }
    }

    [Fact]
    public void Query_negative_distance_is_empty_and_same_id_several_hashes()
    {
        var index = new PhotoHashIndex();
        var id = Guid.NewGuid();
        var h = new PhotoHash(1, 2, 3, 4);
        index.Add(id, h);
        index.Add(id, new PhotoHash(1, 2, 3, 5));
        index.Query(h, -1).Should().BeEmpty();
        index.Query(h, 1).Should().Equal(new PhotoMatch(id, 0), new PhotoMatch(id, 1));
    }
}
