using System.Net.Http.Json;
using System.Text.Json;
using AwesomeAssertions;
using Vigil.Core.Model;
using Vigil.Server.Apis;
using Vigil.Storage;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Dashboard;

/// <summary>The cluster graph joins subjects by shared identifiers, by a shared egress IP in their logs, and by the
/// related subjects a finding names, and labels each edge with what joins it.</summary>
public sealed class ClusterGraphApiTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Cluster_edges_are_labelled_by_identifier_kind_egress_ip_and_linking_detector(StorageProvider provider)
    {
        var app = await VigilApp.StartAsync(provider, runJobs: false);
        try
        {
            var seed = app.A;
            var now = DateTimeOffset.UtcNow;
            var loner = Guid.NewGuid();
            await using (var db = app.Database.CreateContext(seed.OrgId))
            {
                db.Subjects.Add(new Subject { Id = loner, OrgId = seed.OrgId, ExternalId = "farm-peer", FullName = "Farm Peer", CreatedAt = now, UpdatedAt = now });
                // The loner shares nothing but the office line of subject 1 (subject 0's sign-in came from 203.0.113.9).
                db.Events.AddRange(
                    new ActivityEvent { OrgId = seed.OrgId, SubjectId = loner, Source = "okta", SourceEventId = "farm-1", Type = EventType.SignIn, At = now, Ip = "198.51.100.7" },
                    new ActivityEvent { OrgId = seed.OrgId, SubjectId = seed.SubjectIds[1], Source = "okta", SourceEventId = "farm-2", Type = EventType.SignIn, At = now, Ip = "198.51.100.7" });
                await db.SaveChangesAsync();
            }

            var cluster = await app.As(seed.Analyst).GetFromJsonAsync<JsonElement>($"/api/subjects/{seed.SubjectIds[1]}/cluster");

            var edges = cluster.GetProperty("edges").EnumerateArray()
                .Select(e => (Pair: new[] { e.GetProperty("from").GetGuid(), e.GetProperty("to").GetGuid() }.Order().ToArray(),
                    Kinds: e.GetProperty("kinds").EnumerateArray().Select(k => k.GetString()!).ToList()))
                .ToList();
            Kinds(edges, seed.SubjectIds[1], loner).Should().Equal(ClustersApi.EgressIpKind);
            // Seed subjects share one payout account, and each one's finding names the next subject as related.
            Kinds(edges, seed.SubjectIds[1], seed.SubjectIds[2]).Should().Equal("PayoutAccount", "shared-payout-account");
            Kinds(edges, seed.SubjectIds[0], seed.SubjectIds[2]).Should().Equal("PayoutAccount", "shared-payout-account");
            cluster.GetProperty("nodes").GetArrayLength().Should().Be(4);
        }
        finally
        {
            await app.DisposeAllAsync();
        }
    }

    private static List<string> Kinds(List<(Guid[] Pair, List<string> Kinds)> edges, Guid a, Guid b)
    {
        var pair = new[] { a, b }.Order().ToArray();
        return edges.Where(e => e.Pair.SequenceEqual(pair)).SelectMany(e => e.Kinds).ToList();
    }
}
