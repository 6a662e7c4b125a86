using System.Globalization;
using Vigil.Core.Model;

namespace Vigil.Core.Detection.Application;

/// <summary>The GitHub account follows hundreds of accounts while almost nobody follows back, the footprint of
/// follow-ring and "node" hub networks (GH-04).</summary>
public sealed class GitHubFollowerRingDetector : IApplicantDetector
{
    public const double Weight = 12;

    public string Id => "github-follow-ring";

    public IEnumerable<Finding> Detect(Subject subject, ScreeningContext context)
    {
        if (subject.GitHub is not { Following: { } following, Followers: var followers }
            || following < context.Options.FollowRingMinFollowing
            || (followers ?? 0) * 10 > following)
        {
            yield break;
        }
        yield return new Finding(Id, IndicatorIds.Gh04FollowerRing, Weight,
            string.Create(CultureInfo.InvariantCulture, $"GitHub account follows {following} accounts but has {followers ?? 0} followers"),
            new Evidence("following", following.ToString(CultureInfo.InvariantCulture)),
            new Evidence("followers", (followers ?? 0).ToString(CultureInfo.InvariantCulture)));
    }
}
