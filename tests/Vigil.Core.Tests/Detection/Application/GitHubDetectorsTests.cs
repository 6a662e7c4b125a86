using AwesomeAssertions;
using Vigil.Core.Detection;
using Vigil.Core.Detection.Application;
using Vigil.Core.Model;

namespace Vigil.Core.Tests.Detection.Application;

public sealed class GitHubDetectorsTests
{
    private static Subject With(GitHubFacts facts, string? resume = null)
    {
        var s = Applicants.Make("Daniel Moore");
        s.GitHub = facts;
        if (resume is not null)
        {
            s.WithDocument(DocumentKind.Resume, resume);
        }
        return s;
    }

    private static DateTimeOffset Days(int daysBeforeNow) => Applicants.Now.AddDays(-daysBeforeNow);

    [Fact]
    public void Backdated_account_created_years_after_first_commit_reports_gh01()
    {
        var s = With(new GitHubFacts(Days(100), Days(2000), 3, 5, 4));

        var finding = new GitHubBackdatedHistoryDetector().Detect(s, Applicants.Context(s)).Should().ContainSingle().Subject;

        finding.IndicatorId.Should().Be(IndicatorIds.Gh01BackdatedHistory);
        finding.Evidence.Should().Equal(
            new Evidence("GitHub created_at", "2025-02-21"),
            new Evidence("first commit", "2019-12-10"));
    }

    [Fact]
    public void Backdated_imported_repo_within_slack_reports_nothing()
    {
        var s = With(new GitHubFacts(Days(100), Days(120), 3, 5, 4));

        new GitHubBackdatedHistoryDetector().Detect(s, Applicants.Context(s)).Should().BeEmpty();
    }

    [Fact]
    public void FollowerRing_following_hundreds_with_few_followers_reports_gh04()
    {
        var s = With(new GitHubFacts(Days(900), null, 4, 650, 10));

        var finding = new GitHubFollowerRingDetector().Detect(s, Applicants.Context(s)).Should().ContainSingle().Subject;

        finding.IndicatorId.Should().Be(IndicatorIds.Gh04FollowerRing);
        finding.Evidence.Should().Equal(new Evidence("following", "650"), new Evidence("followers", "4"));
    }

    [Fact]
    public void FollowerRing_popular_account_following_many_reports_nothing()
    {
        var s = With(new GitHubFacts(Days(900), null, 300, 650, 10));

        new GitHubFollowerRingDetector().Detect(s, Applicants.Context(s)).Should().BeEmpty();
    }

    [Fact]
    public void YoungAccount_with_ten_years_claimed_reports_idn04()
    {
        var s = With(new GitHubFacts(Days(60), Days(50), 1, 1, 2), "Senior engineer with 10+ years of experience in distributed systems.");

        var finding = new GitHubYoungAccountDetector().Detect(s, Applicants.Context(s)).Should().ContainSingle().Subject;

        finding.IndicatorId.Should().Be(IndicatorIds.Idn04Inconsistency);
        finding.Evidence.Should().Contain(new Evidence("claimed experience", "10 years"));
    }

    [Theory]
    [InlineData(60, "Junior developer, 2 years of experience.")]
    [InlineData(2000, "Senior engineer with 10+ years of experience.")]
    public void YoungAccount_short_claim_or_old_account_reports_nothing(int ageDays, string resume)
    {
        var s = With(new GitHubFacts(Days(ageDays), null, 1, 1, 2), resume);

        new GitHubYoungAccountDetector().Detect(s, Applicants.Context(s)).Should().BeEmpty();
    }
}
