using System.Globalization;
using System.Text.RegularExpressions;
using Vigil.Core.Model;

namespace Vigil.Core.Detection.Application;

/// <summary>A GitHub account under a year old on a résumé claiming a long career (e.g. "10+ years"): an
/// inconsistency between profile and claims (IDN-04), the young-account side of GH-01.</summary>
public sealed partial class GitHubYoungAccountDetector : IApplicantDetector
{
    public const double Weight = 10;

    public string Id => "github-young-account";

    public IEnumerable<Finding> Detect(Subject subject, ScreeningContext context)
    {
        if (subject.GitHub is not { CreatedAt: { } created })
        {
            yield break;
        }
        var asOf = subject.AppliedAt ?? context.Now;
        if (asOf - created > context.Options.YoungAccountAge || asOf < created)
        {
            yield break;
        }
        var claimed = subject.Documents.Where(d => d.Kind == DocumentKind.Resume)
            .SelectMany(d => YearsClaim().Matches(d.Text))
            .Select(m => int.TryParse(m.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : 0)
            .DefaultIfEmpty(0).Max();
        if (claimed < context.Options.LongCareerYears || claimed > 60)
        {
            yield break;
        }
        yield return new Finding(Id, IndicatorIds.Idn04Inconsistency, Weight,
            string.Create(CultureInfo.InvariantCulture,
                $"GitHub account is {(asOf - created).TotalDays:0} days old but the résumé claims {claimed}+ years of experience"),
            new Evidence("GitHub created_at", created.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new Evidence("claimed experience", claimed.ToString(CultureInfo.InvariantCulture) + " years"));
    }

    [GeneratedRegex(@"\b(\d{1,2})\s*\+?\s*(?:years|yrs)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearsClaim();
}
