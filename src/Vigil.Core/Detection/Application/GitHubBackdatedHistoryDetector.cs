using System.Globalization;
using Vigil.Core.Model;

namespace Vigil.Core.Detection.Application;

/// <summary>The GitHub account was created well after the first commit it shows: a backdated, "faked" history
/// (GH-01). A month of slack allows importing an older personal repository honestly.</summary>
public sealed class GitHubBackdatedHistoryDetector : IApplicantDetector
{
    public const double Weight = 25;
    public static readonly TimeSpan Slack = TimeSpan.FromDays(30);

    public string Id => "github-backdated-history";

    public IEnumerable<Finding> Detect(Subject subject, ScreeningContext context)
    {
        if (subject.GitHub is not { CreatedAt: { } created, FirstCommitAt: { } first } || created - first <= Slack)
        {
            yield break;
        }
        yield return new Finding(Id, IndicatorIds.Gh01BackdatedHistory, Weight,
            string.Create(CultureInfo.InvariantCulture,
                $"GitHub account created {created:yyyy-MM-dd}, {(created - first).TotalDays:0} days after its first commit ({first:yyyy-MM-dd})"),
            new Evidence("GitHub created_at", created.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new Evidence("first commit", first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }
}
