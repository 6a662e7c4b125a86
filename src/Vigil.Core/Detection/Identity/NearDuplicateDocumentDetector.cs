using System.Globalization;
using Vigil.Core.Model;

namespace Vigil.Core.Detection.Identity;

/// <summary>
/// Résumés, cover letters or bids near-identical (exact word-3-shingle Jaccard ≥ threshold, found through
/// MinHash + LSH) to another applicant's under a different name: template reuse, PRF-04 and FRL-03.
/// </summary>
public sealed class NearDuplicateDocumentDetector : IApplicantDetector
{
    public const double Weight = 40;

    public string Id => "near-duplicate-document";

    public IEnumerable<Finding> Detect(Subject subject, ScreeningContext context)
    {
        var matches = context.Population.DocumentMatchesOf(subject.Id)
            .Select(m => (Match: m, Other: context.Population.Find(m.Other)))
            .Where(x => x.Other is not null && SubjectNames.Differ(subject, x.Other))
            .ToList();
        if (matches.Count == 0)
        {
            yield break;
        }
        var best = matches.Max(m => m.Match.Jaccard);
        var others = matches.Select(m => m.Other!).DistinctBy(o => o.Id).ToList();
        // PRF-04 covers résumés and cover letters; FRL-03 is the marketplace form (bids).
        var indicator = matches.Any(m => m.Match.Kind == DocumentKind.Bid) ? IndicatorIds.Frl03DocumentTemplates : IndicatorIds.Prf04TemplateReuse;
        yield return new Finding(
            Id,
            indicator,
            Weight,
            string.Create(CultureInfo.InvariantCulture,
                $"{Describe(matches[0].Match.Kind)} is near-identical (Jaccard up to {best:0.00}) to those of {others.Count} applicant(s) with other names"),
            matches.Take(10).Select(m => new Evidence(
                $"{Describe(m.Match.Kind)} ≈ {Describe(m.Match.OtherKind)} of {m.Other!.FullName}",
                string.Create(CultureInfo.InvariantCulture, $"Jaccard {m.Match.Jaccard:0.000}"),
                m.Other.ExternalId)).ToList(),
            others.Select(o => o.Id).ToList());
    }

    private static string Describe(DocumentKind kind) => kind switch
    {
        DocumentKind.Resume => "résumé",
        DocumentKind.CoverLetter => "cover letter",
        _ => "bid",
    };
}
