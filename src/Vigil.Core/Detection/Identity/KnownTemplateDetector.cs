using System.Globalization;
using Vigil.Core.Model;

namespace Vigil.Core.Detection.Identity;

/// <summary>A résumé or cover letter matching a known persona template (from an earlier case or a shared list):
/// PRF-04 template reuse, even when no other applicant in this population used it yet.</summary>
public sealed class KnownTemplateDetector : IApplicantDetector
{
    public const double Weight = 45;

    public string Id => "known-template";

    public IEnumerable<Finding> Detect(Subject subject, ScreeningContext context)
    {
        foreach (var doc in subject.Documents)
        {
            var matches = context.Population.TemplateMatchesOf(subject.Id, doc.Kind);
            if (matches.Count == 0)
            {
                continue;
            }
            var best = matches[0];
            yield return new Finding(
                Id,
                IndicatorIds.Prf04TemplateReuse,
                Weight,
                string.Create(CultureInfo.InvariantCulture, $"{doc.Kind} matches known template '{best.Name}' (Jaccard {best.Jaccard:0.00})"),
                matches.Select(m => new Evidence("known template", m.Name, string.Create(CultureInfo.InvariantCulture, $"Jaccard {m.Jaccard:0.000}"))).ToList(),
                []);
        }
    }
}
