using AwesomeAssertions;
using Vigil.Core.Linking.Text;

namespace Vigil.Core.Tests.Linking.Text;

public sealed class ShinglerJaccardTests
{
    private static uint[] RandomSet(Random random, int size, int universe) =>
        Enumerable.Range(0, size).Select(_ => (uint)random.Next(universe)).Distinct().Order().ToArray();

    [Fact]
    public void JaccardAtLeast_agrees_with_Jaccard_on_which_side_of_the_minimum_and_is_exact_above_it()
    {
        var random = new Random(3);
        var above = 0;
        for (var trial = 0; trial < 5000; trial++)
        {
            var universe = random.Next(5, 400);
            var a = RandomSet(random, random.Next(0, 200), universe);
            // Half the time b is a light edit of a, so pairs near and above the minimum are common.
            var b = random.Next(2) == 0
                ? a.Where(_ => random.NextDouble() > 0.1).Concat(RandomSet(random, random.Next(0, 10), universe)).Distinct().Order().ToArray()
                : RandomSet(random, random.Next(0, 200), universe);
            var min = new[] { 0.0, 0.3, 0.5, 0.8, 0.9, 1.0 }[random.Next(6)];
            var exact = Shingler.Jaccard<uint>(a, b);
            var fast = Shingler.JaccardAtLeast(a, b, min);
            if (exact >= min)
            {
                fast.Should().Be(exact, $"trial {trial}");
                above++;
            }
            else
            {
                fast.Should().BeLessThan(min, $"trial {trial}");
            }
        }
        above.Should().BeGreaterThan(500);
    }

    [Fact]
    public void JaccardAtLeast_empty_sets_score_zero() =>
        Shingler.JaccardAtLeast([], [1u, 2u], 0.5).Should().Be(0);
}
