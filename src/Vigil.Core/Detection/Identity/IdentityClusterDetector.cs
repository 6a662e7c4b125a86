using System.Globalization;
using Vigil.Core.Identifiers;
using Vigil.Core.Linking;
using Vigil.Core.Model;

namespace Vigil.Core.Detection.Identity;

/// <summary>
/// The applicant belongs to an identity-graph cluster of several differently named subjects tied by strong shared
/// identifiers, documents or photos: NETW-02, one operator running many personas ("7 applicants with 7 names share
/// 2 payout accounts and 3 near-identical résumés").
/// </summary>
public sealed class IdentityClusterDetector : IApplicantDetector
{
    public const double Weight = 25;

    /// <summary>Clusters from this size fire; two people sharing one thing is the pairwise detectors' business.</summary>
    public const int MinClusterSize = 3;

    public string Id => "identity-cluster";

    public IEnumerable<Finding> Detect(Subject subject, ScreeningContext context)
    {
        var graph = context.Population.Graph;
        var members = graph.ClusterOf(subject.Id);
        if (members.Count < MinClusterSize)
        {
            yield break;
        }
        var subjects = members.Select(context.Population.Find).Where(s => s is not null).Select(s => s!).ToList();
        var names = subjects.Select(SubjectNames.Canonical).Distinct(StringComparer.Ordinal).Count();
        if (names < MinClusterSize)
        {
            yield break;
        }
        // Describe what ties the cluster, counting each shared value or content pair once.
        var shared = new HashSet<(IdentifierKind?, string)>();
        var documents = new HashSet<(Guid, Guid)>();
        var photos = new HashSet<(Guid, Guid)>();
        foreach (var m in members.Take(200))
        {
            foreach (var link in graph.LinksOf(m))
            {
                var pair = link.A.CompareTo(link.B) < 0 ? (link.A, link.B) : (link.B, link.A);
                switch (link.Kind)
                {
                    case LinkKind.SharedIdentifier when link.Weight >= graph.Options.UnionThreshold:
                        shared.Add((link.IdentifierKind, link.Value));
                        break;
                    case LinkKind.NearDuplicateDocument:
                        documents.Add(pair);
                        break;
                    case LinkKind.SimilarPhoto:
                        photos.Add(pair);
                        break;
                }
            }
        }
        var parts = shared.GroupBy(s => s.Item1)
            .Select(g => $"{g.Count()} {Plural(g.Key, g.Count())}")
            .ToList();
        if (documents.Count > 0)
        {
            parts.Add($"{documents.Count} near-identical document pair(s)");
        }
        if (photos.Count > 0)
        {
            parts.Add($"{photos.Count} reused-photo pair(s)");
        }
        var clusterId = graph.ClusterIdOf(subject.Id) ?? "";
        yield return new Finding(
            Id,
            IndicatorIds.Netw02ManyPersonas,
            Weight,
            string.Create(CultureInfo.InvariantCulture,
                $"{members.Count} applicants with {names} names are linked: they share {string.Join(", ", parts)}"),
            subjects.Take(20).Select(s => new Evidence("cluster member", s.FullName, s.ExternalId))
                .Prepend(new Evidence("cluster", clusterId))
                .ToList(),
            members.Where(m => m != subject.Id).ToList());
    }

    private static string Plural(IdentifierKind? kind, int n)
    {
        var noun = kind switch
        {
            IdentifierKind.PayoutAccount => "payout account",
            IdentifierKind.BankAccount => "bank account",
            IdentifierKind.CryptoWallet => "wallet",
            IdentifierKind.PhotoHash => "identical photo",
            IdentifierKind.DocumentNumber => "document number",
            null => "link",
            _ => kind.Value.ToString().ToLowerInvariant(),
        };
        return n == 1 ? noun : noun + "s";
    }
}
