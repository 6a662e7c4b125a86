using AwesomeAssertions;
using Vigil.Core.Identifiers;
using Vigil.Core.Linking;

namespace Vigil.Core.Tests.Linking;

public class IdentityGraphTests
{
    private static Guid Id(int n) => new(n, 0, 0, [0, 0, 0, 0, 0, 0, 0, 0]);

    private static IdentityGraph RingsOfThree(int rings)
    {
        var graph = new IdentityGraph();
        for (var r = 0; r < rings; r++)
        {
            var payout = Canonicalizer.Canonicalize(IdentifierKind.PayoutAccount, $"payoneer:ring{r}@example.com");
            for (var m = 0; m < 3; m++)
            {
                graph.AddSubject(Id(r * 3 + m + 1), [payout, Canonicalizer.Canonicalize(IdentifierKind.Email, $"p{r}-{m}@example.com")]);
            }
        }
        return graph;
    }

    [Fact]
    public void Subjects_sharing_a_payout_account_form_one_cluster()
    {
        var graph = RingsOfThree(2);

        graph.ClusterOf(Id(1)).Should().BeEquivalentTo([Id(1), Id(2), Id(3)]);
        graph.ClusterIdOf(Id(4)).Should().Be(graph.ClusterIdOf(Id(6))).And.NotBe(graph.ClusterIdOf(Id(1)));
        graph.Clusters().Should().HaveCount(2);
    }

    [Fact]
    public void Cluster_reads_from_many_threads_at_once_agree()
    {
        // Regression: the lazily built member cache was filled by every racing thread at once and lost entries.
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var graph = RingsOfThree(300);
            var ids = new string?[900];

            Parallel.For(0, 900, i => ids[i] = graph.ClusterIdOf(Id(i + 1)));

            graph.Clusters().Should().HaveCount(300);
            ids.Should().OnlyContain(id => id != null);
            ids.Distinct().Should().HaveCount(300);
        }
    }
}
