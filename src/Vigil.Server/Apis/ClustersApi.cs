using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Identifiers;
using Vigil.Server.Auth;
using Vigil.Server.Contracts;
using Vigil.Server.Hosting;
using Vigil.Storage;

namespace Vigil.Server.Apis;

/// <summary>The identity graph around one subject, expanded breadth-first: subjects joined by shared canonical identifiers
/// (names excluded: two people may share a name), by a shared egress IP in their logs, and by the related subjects a
/// finding names (photo reuse, near-duplicate résumés, one ship-to address); with the cluster's combined findings.</summary>
public static class ClustersApi
{
    public const int MaxNodes = 80;
    public const int MaxDepth = 3;

    /// <summary>An identifier held by more subjects than this is a hub (a shared office IP, a VPN exit); it is drawn
    /// but not expanded, so one hub does not pull the whole organization into the picture.</summary>
    public const int HubSize = 25;

    /// <summary>Distinct IPs of the frontier looked up per level: enough for a worker's home, VPN and farm lines.</summary>
    public const int MaxIpsPerLevel = 200;

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
        var graph = new ClusterGraph(id);
        var frontier = new List<Guid> { id };
        for (var level = 0; level < maxDepth && frontier.Count > 0; level++)
        {
            var next = new List<Guid>();
            foreach (var (kind, members) in await SharedIdentifiersAsync(db, frontier, ct))
            {
                graph.Join(kind, members, frontier, next);
            }
            foreach (var (_, members) in await SharedEgressIpsAsync(db, frontier, ct))
            {
                graph.Join(EgressIpKind, members, frontier, next);
            }
            foreach (var (detector, members) in await RelatedByFindingsAsync(db, frontier, ct))
            {
                graph.Join(detector, members, frontier, next);
            }
            frontier = next;
        }
        var ids = graph.Nodes.ToList();
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
            graph.Edges.Select(e => new ClusterEdge(e.Key.Item1, e.Key.Item2, e.Value.ToList())).ToList(), findings, graph.Truncated));
    }

    /// <summary>Label of edges between subjects whose logged events came from one IP address (NET-10: shared egress,
    /// the laptop farm's office line).</summary>
    public const string EgressIpKind = "EgressIp";

    /// <summary>Canonical identifiers (names excluded: two people may share a name) held by a frontier subject and
    /// by at least one other subject, as (kind, holders).</summary>
    private static async Task<List<(string Kind, List<Guid> Members)>> SharedIdentifiersAsync(VigilDbContext db, List<Guid> frontier, CancellationToken ct)
    {
        var held = await db.SubjectIdentifiers.AsNoTracking()
            .Where(i => frontier.Contains(i.SubjectId) && i.Kind != IdentifierKind.Name)
            .Select(i => new { i.SubjectId, i.Kind, i.Value }).ToListAsync(ct);
        var values = held.Select(h => h.Value).Distinct().ToList();
        var keys = held.Select(h => (h.Kind, h.Value)).ToHashSet();
        var sharing = await db.SubjectIdentifiers.AsNoTracking()
            .Where(i => values.Contains(i.Value) && i.Kind != IdentifierKind.Name)
            .Select(i => new { i.SubjectId, i.Kind, i.Value }).Take(5000).ToListAsync(ct);
        return sharing.Where(x => keys.Contains((x.Kind, x.Value))).GroupBy(x => (x.Kind, x.Value))
            .Select(g => (g.Key.Kind.ToString(), g.Select(x => x.SubjectId).Distinct().ToList())).ToList();
    }

    /// <summary>IP addresses seen in the frontier's events and in another subject's events.</summary>
    private static async Task<List<(string Ip, List<Guid> Members)>> SharedEgressIpsAsync(VigilDbContext db, List<Guid> frontier, CancellationToken ct)
    {
        var ips = await db.Events.AsNoTracking().Where(e => e.SubjectId != null && frontier.Contains(e.SubjectId.Value) && e.Ip != null)
            .Select(e => e.Ip!).Distinct().Take(MaxIpsPerLevel).ToListAsync(ct);
        if (ips.Count == 0)
        {
            return [];
        }
        var seen = await db.Events.AsNoTracking().Where(e => e.Ip != null && ips.Contains(e.Ip) && e.SubjectId != null)
            .Select(e => new { Ip = e.Ip!, SubjectId = e.SubjectId!.Value }).Distinct().Take(5000).ToListAsync(ct);
        return seen.GroupBy(x => x.Ip, StringComparer.Ordinal).Select(g => (g.Key, g.Select(x => x.SubjectId).Distinct().ToList())).ToList();
    }

    /// <summary>Subjects a frontier subject's findings name as related (same photo, near-duplicate résumé, shared
    /// ship-to address...), labelled by the detector that linked them.</summary>
    private static async Task<List<(string Detector, List<Guid> Members)>> RelatedByFindingsAsync(VigilDbContext db, List<Guid> frontier, CancellationToken ct)
    {
        var alerts = await db.Alerts.AsNoTracking().Where(a => frontier.Contains(a.SubjectId)).Select(a => new { a.SubjectId, a.FindingsJson }).ToListAsync(ct);
        return alerts.SelectMany(a => ApiMapping.ParseFindings(a.FindingsJson).Where(f => f.RelatedSubjects.Count > 0)
                .Select(f => (f.DetectorId, (List<Guid>)[a.SubjectId, .. f.RelatedSubjects.Where(r => r != a.SubjectId).Distinct()])))
            .ToList();
    }
}
