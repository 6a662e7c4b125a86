using AwesomeAssertions;
using Vigil.Core.Detection;
using Vigil.Core.Detection.Application;
using Vigil.Core.Model;

namespace Vigil.Core.Tests.Detection.Application;

public sealed class ActivityDetectorsTests
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 3, 0, 0, 0, TimeSpan.Zero);

    private static ScreeningContext WithReviews(Subject s, IEnumerable<ReviewRecord> reviews) =>
        Applicants.Context([s], reviews: new Dictionary<Guid, IReadOnlyList<ReviewRecord>> { [s.Id] = reviews.ToList() });

    [Fact]
    public void ReviewBurst_excellent_reviews_within_days_making_most_of_history_report_frl02()
    {
        var a = Applicants.Make("Daniel Moore");
        var reviews = Enumerable.Range(0, 4).Select(i => new ReviewRecord(T0.AddHours(i * 6), 5, "client-77"))
            .Append(new ReviewRecord(T0.AddDays(-90), 4, "client-2"));

        var finding = new ReviewBurstDetector().Detect(a, WithReviews(a, reviews)).Should().ContainSingle().Subject;

        finding.IndicatorId.Should().Be(IndicatorIds.Frl02ReviewBurst);
        finding.Summary.Should().Contain("4 excellent reviews within 18 hours, 4 of 5 reviews overall, 4 from client-77");
        finding.Evidence.Should().HaveCount(4).And.AllSatisfy(e => e.Reference.Should().Be("client-77"));
    }

    [Fact]
    public void ReviewBurst_established_account_with_a_busy_week_reports_nothing()
    {
        var a = Applicants.Make("Daniel Moore");
        var reviews = Enumerable.Range(0, 40).Select(i => new ReviewRecord(T0.AddDays(-i * 20), 5, "client-" + i))
            .Concat(Enumerable.Range(0, 3).Select(i => new ReviewRecord(T0.AddHours(i), 5, "client-x" + i)));

        new ReviewBurstDetector().Detect(a, WithReviews(a, reviews)).Should().BeEmpty();
    }

    [Fact]
    public void ApplicationHours_pyongyang_office_hours_at_claimed_local_night_report_wrk01()
    {
        var a = Applicants.Make("Daniel Moore");
        a.ClaimedTimezone = "America/New_York";
        a.AppliedAt = new DateTimeOffset(2025, 3, 5, 5, 0, 0, TimeSpan.Zero); // Wed 00:00 New York, 14:00 Pyongyang

        var finding = new ApplicationHoursDetector().Detect(a, Applicants.Context(a)).Should().ContainSingle().Subject;

        finding.IndicatorId.Should().Be(IndicatorIds.Wrk01EastAsianHours);
        finding.Evidence.Should().Equal(new Evidence("applied at (UTC)", "2025-03-05 05:00"), new Evidence("claimed time zone", "America/New_York"));
    }

    [Theory]
    [InlineData("America/New_York", 15)] // 10:00 local
    [InlineData("Asia/Seoul", 5)] // claimed zone shares Pyongyang's daytime
    public void ApplicationHours_daytime_or_east_asian_claim_reports_nothing(string zone, int utcHour)
    {
        var a = Applicants.Make("Daniel Moore");
        a.ClaimedTimezone = zone;
        a.AppliedAt = new DateTimeOffset(2025, 3, 5, utcHour, 0, 0, TimeSpan.Zero);

        new ApplicationHoursDetector().Detect(a, Applicants.Context(a)).Should().BeEmpty();
    }

    [Fact]
    public void ApplicationHours_weekend_in_pyongyang_reports_nothing()
    {
        var a = Applicants.Make("Daniel Moore");
        a.ClaimedTimezone = "America/New_York";
        a.AppliedAt = new DateTimeOffset(2025, 3, 8, 5, 0, 0, TimeSpan.Zero); // Saturday

        new ApplicationHoursDetector().Detect(a, Applicants.Context(a)).Should().BeEmpty();
    }
}
