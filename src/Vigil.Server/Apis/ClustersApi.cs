using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Identifiers;
using Vigil.Server.Auth;
using Vigil.Server.Contracts;
using Vigil.Server.Hosting;
using Vigil.Storage;

namespace Vigil.Server.Apis;

/// <summary>The identity graph around one subject: subjects joined by shared canonical identifiers (names excluded:
/// two people may share a name), expanded breadth-first, with the cluster's combined findings.</summary>
public static class ClustersApi
{
    public const int MaxNodes = 80;
    public const int MaxDepth = 3;

    /// <summary>An identifier held by more subjects than this is a hub (a shared office IP, a VPN exit); it is drawn
    /// but not expanded, so one hub does not pull the whole organization into the picture.</summary>
    public const int HubSize = 25;

    public static IEndpointRouteBuilder MapClustersApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/subjects/{id:guid}/cluster", GetAsync).WithTags("Clusters").RequireAuthorization(VigilPolicies.Read);
        return app;
    }

    public static async Task<Results<Ok<ClusterResponse>, ProblemHttpResult>> GetAsync(Guid id, VigilDbContext db, int? depth, CancellationToken ct)
    {
        if (!await db.Subjects.AnyAsync(s => s.Id == id, ct))
        {
            return Problems.NotFound("subject");
        }
        var maxDepth = Math.Clamp(depth ?? 2, 1, MaxDepth);
        var nodes = new HashSet<Guid> { id };
        var frontier = new List<Guid> { id };
        var edges = new Dictionary<(Guid, Guid), SortedSet<string>>();
        var truncated = false;
        for (var level = 0; level < maxDepth && frontier.Count > 0; level++)
        {
            var held = await db.SubjectIdentifiers.AsNoTracking()
                .Where(i => frontier.Contains(i.SubjectId) && i.Kind != IdentifierKind.Name)
                .Select(i => new { i.SubjectId, i.Kind, i.Value }).ToListAsync(ct);
            var values = held.Select(h => h.Value).Distinct().ToList();
            var keys = held.Select(h => (h.Kind, h.Value)).ToHashSet();
            var sharing = await db.SubjectIdentifiers.AsNoTracking()
                .Where(i => values.Contains(i.Value) && i.Kind != IdentifierKind.Name)
                .Select(i => new { i.SubjectId, i.Kind, i.Value }).Take(5000).ToListAsync(ct);
            var next = new List<Guid>();
            foreach (var group in sharing.Where(x => keys.Contains((x.Kind, x.Value))).GroupBy(x => (x.Kind, x.Value)))
            {
                var members = group.Select(g => g.SubjectId).Distinct().ToList();
                if (members.Count < 2)
                {
                    continue;
                }
                var expand = members.Count <= HubSize;
                truncated |= !expand;
                var anchors = members.Where(frontier.Contains).ToList();
                foreach (var m in members)
                {
                    if (!nodes.Contains(m))
                    {
                        if (!expand || nodes.Count >= MaxNodes)
                        {
                            truncated = true;
                            continue;
                        }
                        nodes.Add(m);
                        next.Add(m);
                    }
                    foreach (var a in anchors.Where(a => a != m))
                    {
                        var key = a.CompareTo(m) < 0 ? (a, m) : (m, a);
                        if (!edges.TryGetValue(key, out var kinds))
                        {
                            edges[key] = kinds = new SortedSet<string>(StringComparer.Ordinal);
                        }
                        kinds.Add(group.Key.Kind.ToString());
                    }
                }
            }
            frontier = next;
        }
        var ids = nodes.ToList();
        var subjects = await db.Subjects.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.FullName }).ToListAsync(ct);
        var alerts = await db.Alerts.AsNoTracking().Where(a => ids.Contains(a.SubjectId)).ToListAsync(ct);
        var byId = alerts.ToDictionary(a => a.SubjectId);
        var clusterNodes = subjects.Select(s =>
        {
            byId.TryGetValue(s.Id, out var a);
            return new ClusterNode(s.Id, s.FullName, a?.Level.ToString(), a is null ? null : Math.Round(a.Score, 2), a?.Id, s.Id == id);
        }).OrderByDescending(n => n.IsRoot).ThenByDescending(n => n.Score ?? -1).ToList();
        var findings = alerts.SelectMany(a => ApiMapping.ParseFindings(a.FindingsJson).Select(f => (a.SubjectId, f)))
            .GroupBy(x => (x.f.IndicatorId, x.f.DetectorId))
            .Select(g => new ClusterFinding(g.Key.IndicatorId, g.Key.DetectorId, g.Select(x => x.SubjectId).Distinct().Count(),
                g.Max(x => x.f.Weight), g.OrderByDescending(x => x.f.Weight).First().f.Summary))
            .OrderByDescending(f => f.Subjects).ThenByDescending(f => f.MaxWeight).ToList();
        return TypedResults.Ok(new ClusterResponse(id, clusterNodes,
            edges.Select(e => new ClusterEdge(e.Key.Item1, e.Key.Item2, e.Value.ToList())).ToList(), findings, truncated));
    }
}
