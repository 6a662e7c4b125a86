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

    [Fact]
    public void AddSubject_joining_an_existing_ring_updates_its_cluster_without_rebuild()
    {
        var graph = RingsOfThree(2);
        var before = graph.ClusterOf(Id(1));
        before.Should().HaveCount(3);

        graph.AddSubject(Id(100), [Canonicalizer.Canonicalize(IdentifierKind.PayoutAccount, "payoneer:ring0@example.com")]);

        graph.ClusterOf(Id(100)).Should().BeEquivalentTo([Id(1), Id(2), Id(3), Id(100)]);
        graph.ClusterOf(Id(1)).Should().HaveCount(4);
        graph.ClusterOf(Id(4)).Should().HaveCount(3);
        graph.LinksOf(Id(100)).Should().HaveCount(3).And.OnlyContain(l => l.Kind == LinkKind.SharedIdentifier && l.IdentifierKind == IdentifierKind.PayoutAccount);
    }

    [Fact]
    public void AddSubject_bridging_two_rings_merges_them_like_a_batch_rebuild()
    {
        var incremental = RingsOfThree(2);
        incremental.AddSubject(Id(100), [
            Canonicalizer.Canonicalize(IdentifierKind.PayoutAccount, "payoneer:ring0@example.com"),
            Canonicalizer.Canonicalize(IdentifierKind.PayoutAccount, "payoneer:ring1@example.com")]);
        var incrementalClusters = incremental.Clusters().Select(c => c.OrderBy(g => g).ToList()).ToList();

        incremental.Rebuild();

        incrementalClusters.Should().ContainSingle().Which.Should().HaveCount(7);
        incremental.Clusters().Select(c => c.OrderBy(g => g).ToList()).Should().BeEquivalentTo(incrementalClusters);
    }

    [Fact]
    public void AddSubject_weak_address_link_is_kept_as_evidence_but_does_not_merge()
    {
        var graph = new IdentityGraph();
        var address = Canonicalizer.Canonicalize(IdentifierKind.PostalAddress, "12 Elm Street, Springfield, IL 62701, US");
        graph.AddSubject(Id(1), [address]);
        graph.AddSubject(Id(2), [address]);

        graph.ClusterIdOf(Id(1)).Should().BeNull();
        graph.LinksOf(Id(1)).Should().ContainSingle().Which.Weight.Should().BeLessThan(graph.Options.UnionThreshold);
    }

    [Fact]
    public void AddSubject_value_past_the_cap_stops_linking_and_rebuild_splits_it()
    {
        var graph = new IdentityGraph(new IdentityGraphOptions { MaxSharing = 3 });
        var phone = Canonicalizer.Canonicalize(IdentifierKind.Phone, "+1 415 555 2671");
        for (var i = 1; i <= 4; i++)
        {
            graph.AddSubject(Id(i), [phone]);
        }

        graph.SharersOf(IdentifierKind.Phone, phone.Value).Should().Be(4);
        graph.LinksOf(Id(1)).Should().BeEmpty();
        graph.Rebuild();
        graph.Clusters().Should().BeEmpty();
    }

    [Fact]
    public void AddContentLink_unions_and_is_listed_for_both_subjects()
    {
        var graph = new IdentityGraph();
        graph.AddSubject(Id(1), []);
        graph.AddSubject(Id(2), []);

        graph.AddContentLink(Id(1), Id(2), LinkKind.NearDuplicateDocument, "Resume Jaccard 0.93");

        graph.ClusterOf(Id(2)).Should().BeEquivalentTo([Id(1), Id(2)]);
        graph.LinksOf(Id(1)).Should().ContainSingle().Which.Value.Should().Be("Resume Jaccard 0.93");
        graph.LinksOf(Id(2)).Should().ContainSingle();
    }

    [Fact]
    public void AddSubject_twice_throws()
    {
        var graph = new IdentityGraph();
        graph.AddSubject(Id(1), []);

        var act = () => graph.AddSubject(Id(1), []);

        act.Should().Throw<ArgumentException>();
    }
}
