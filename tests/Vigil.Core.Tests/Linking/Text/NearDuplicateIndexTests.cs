using AwesomeAssertions;
using Vigil.Core.Linking.Text;

namespace Vigil.Core.Tests.Linking.Text;

public sealed class NearDuplicateIndexTests
{
    private static readonly string[] Vocabulary = Enumerable.Range(0, 3000).Select(i => "w" + i.ToString("x", System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    private static string RandomText(Random random, int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]));

    /// <summary>Replaces a fraction of words, which lowers the word-3-shingle Jaccard roughly as (1 − f)^3 / (1 + …).</summary>
    private static string Mutate(Random random, string text, double fraction)
    {
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (random.NextDouble() < fraction)
            {
                words[i] = Vocabulary[random.Next(Vocabulary.Length)];
            }
        }
        return string.Join(' ', words);
    }

    [Fact]
    public void Query_finds_reformatted_copy_with_exact_jaccard_one()
    {
        var index = new NearDuplicateIndex(new NearDuplicateOptions());
        var id = Guid.NewGuid();
        index.Add(id, "Senior Java Developer. 8 years of Spring Boot, Kafka and AWS; led a team of five.");
        index.Add(Guid.NewGuid(), "Graphic designer with a passion for branding and typography across print and web.");
        var matches = index.Query("SENIOR java developer — 8 years of spring boot, kafka and AWS. Led a team of five!", 0.8);
        matches.Should().ContainSingle().Which.Should().Be(new NearDuplicateMatch(id, 1.0));
        index.Count.Should().Be(2);
    }

    [Fact]
    public void Query_reports_exact_jaccard_and_respects_minimum()
    {
        var random = new Random(3);
        var index = new NearDuplicateIndex(new NearDuplicateOptions { Threshold = 0.5 });
        var original = RandomText(random, 300);
        var near = Mutate(random, original, 0.03);
        var id = Guid.NewGuid();
        index.Add(id, near);
        var exact = index.ExactJaccard(original, near);
        exact.Should().BeInRange(0.7, 0.99);
        index.Query(original, 0.5).Should().ContainSingle().Which.Jaccard.Should().Be(exact);
        index.Query(original, exact + 0.001).Should().BeEmpty();
    }

    [Fact]
    public void AllPairs_finds_pairs_above_threshold_and_rarely_below()
    {
        var random = new Random(5);
        var options = new NearDuplicateOptions { Threshold = 0.8 };
        var index = new NearDuplicateIndex(options);
        var texts = new List<(Guid Id, string Text)>();
        for (var g = 0; g < 150; g++)
        {
            var baseText = RandomText(random, 250);
            texts.Add((Guid.NewGuid(), baseText));
            // Copies from nearly identical to clearly different.
            foreach (var f in new[] { 0.0, 0.01, 0.03, 0.15 })
            {
                texts.Add((Guid.NewGuid(), Mutate(random, baseText, f)));
            }
        }
        foreach (var (id, text) in texts)
        {
            index.Add(id, text);
        }
        var sets = texts.Select(t => index.ShingleSet(t.Text)).ToArray();
        var truth = new HashSet<(Guid, Guid)>();
        var below = 0;
        var expectedLow = 0.0;
        for (var i = 0; i < texts.Count; i++)
        {
            for (var j = i + 1; j < texts.Count; j++)
            {
                var jac = Shingler.Jaccard<uint>(sets[i], sets[j]);
                if (jac >= 0.8)
                {
                    truth.Add((texts[i].Id, texts[j].Id));
                }
                else if (jac >= 0.3)
                {
                    below++;
                    expectedLow += index.Parameters.CandidateProbability(jac);
                }
            }
        }
        truth.Count.Should().BeGreaterThan(500);
        below.Should().BeGreaterThan(300);
        var found = index.AllPairs(0.8).Select(p => (p.A, p.B)).ToHashSet();
        found.Should().BeSubsetOf(truth);
        ((double)found.Count / truth.Count).Should().BeGreaterThanOrEqualTo(0.95);
        // Below the threshold a pair is found only when it happens to become a candidate, as often as the S-curve
        // 1 − (1 − s^r)^b says (the price of recall at the threshold), and far from always.
        var low = index.AllPairs(0.3).Count(p => !truth.Contains((p.A, p.B)));
        ((double)low / below).Should().BeLessThan(0.4).And.BeApproximately(expectedLow / below, 0.05);
        index.Parameters.Should().Be(new LshParameters(21, 6));
    }

    [Fact]
    public void Index_is_deterministic_across_instances()
    {
        var random = new Random(9);
        var texts = Enumerable.Range(0, 50).Select(_ => RandomText(random, 80)).ToList();
        var ids = texts.Select((_, i) => new Guid(i, 0, 0, new byte[8])).ToList();
        IReadOnlyList<NearDuplicatePair> Build()
        {
            var index = new NearDuplicateIndex(new NearDuplicateOptions { Threshold = 0.3, Shingle = ShingleKind.Character, ShingleSize = 5 });
            for (var i = 0; i < texts.Count; i++)
            {
                index.Add(ids[i], i % 2 == 0 ? texts[i] : texts[i - 1] + " " + texts[i][..20]);
            }
            return index.AllPairs(0.3);
        }
        var first = Build();
        first.Should().HaveCountGreaterThanOrEqualTo(20);
        Build().Should().Equal(first);
        new NearDuplicateIndex(new NearDuplicateOptions()).Signature(texts[0])
            .Should().Equal(new NearDuplicateIndex(new NearDuplicateOptions()).Signature(texts[0]));
    }

    [Fact]
    public void Add_duplicate_id_throws_and_empty_text_never_matches()
    {
        var index = new NearDuplicateIndex(new NearDuplicateOptions());
        var id = Guid.NewGuid();
        index.Add(id, "some text here");
        var act = () => index.Add(id, "other");
        act.Should().Throw<ArgumentException>();
        index.Add(Guid.NewGuid(), "");
        index.Add(Guid.NewGuid(), "!!!");
        index.Query("", 0).Should().BeEmpty();
        index.AllPairs(0).Should().BeEmpty();
        index.Count.Should().Be(3);
    }

    [Fact]
    public void Add_concurrently_loses_nothing()
    {
        var index = new NearDuplicateIndex(new NearDuplicateOptions());
        var texts = Enumerable.Range(0, 400).Select(i => RandomText(new Random(i), 40)).ToArray();
        Parallel.For(0, texts.Length, i => index.Add(new Guid(i, 0, 0, new byte[8]), texts[i]));
        index.Count.Should().Be(400);
        for (var i = 0; i < texts.Length; i += 37)
        {
            index.Query(texts[i], 1.0).Select(m => m.Id).Should().Contain(new Guid(i, 0, 0, new byte[8]));
        }
    }

    [Fact]
    public void Options_invalid_threshold_throws()
    {
        var act = () => new NearDuplicateIndex(new NearDuplicateOptions { Threshold = 1.0 });
        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
