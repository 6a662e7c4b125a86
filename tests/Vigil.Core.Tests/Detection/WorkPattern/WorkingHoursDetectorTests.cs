using AwesomeAssertions;
using Vigil.Core.Detection.WorkPattern;
using Vigil.Core.Events;
using Vigil.Core.Tests.Events;

namespace Vigil.Core.Tests.Detection.WorkPattern;

public sealed class WorkingHoursDetectorTests
{
    private static IReadOnlyList<SubjectFinding> Run(WorkerProfile w, int utcOffsetOfWork, int startHour = 9)
    {
        var d = new WorkingHoursDetector(new WorkerDirectory([w]));
        var day = new DateTimeOffset(2025, 3, 3, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 40; i++)
        {
            var localHour = startHour + i % 9; // 09–17 local by default
            d.Observe(Some.SignIn(w, day.AddDays(i / 4).AddHours(localHour - utcOffsetOfWork)));
        }
        return d.Complete();
    }

    [Fact]
    public void Pyongyang_daytime_for_a_worker_claiming_chicago_is_wrk01()
    {
        var f = Run(Some.Worker(1, zone: "America/Chicago"), 9).Should().ContainSingle().Subject.Finding;

        f.IndicatorId.Should().Be("WRK-01");
        f.Evidence[0].Label.Should().Contain("24 bins");
        f.Evidence[0].Value.Split(' ').Should().HaveCount(24);
        f.Summary.Should().Contain("UTC+9");
    }

    [Fact]
    public void Pyongyang_day_starting_at_seven_for_a_worker_claiming_new_york_is_wrk01()
    {
        // 07–15 at UTC+9 fits a 09–17 day best at UTC+11: still East-Asian daytime, far from New York.
        Run(Some.Worker(1, zone: "America/New_York"), 9, startHour: 7).Should().ContainSingle()
            .Which.Finding.IndicatorId.Should().Be("WRK-01");
    }

    [Fact]
    public void Worker_claiming_sydney_working_sydney_hours_is_not_reported()
    {
        Run(Some.Worker(1, zone: "Australia/Sydney"), 11).Should().BeEmpty();
    }

    [Fact]
    public void Local_daytime_in_the_claimed_zone_is_not_reported()
    {
        Run(Some.Worker(1, zone: "America/Chicago"), -6).Should().BeEmpty();
    }

    [Fact]
    public void Worker_claiming_tokyo_working_tokyo_hours_is_not_reported()
    {
        Run(Some.Worker(1, zone: "Asia/Tokyo"), 9).Should().BeEmpty();
    }

    [Fact]
    public void Fit_picks_the_offset_of_the_working_day()
    {
        var hours = new int[24];
        for (var h = 0; h < 9; h++)
        {
            hours[h] = 10; // 00–08 UTC = 09–17 at UTC+9
        }

        WorkingHoursDetector.Fit(hours, -6).BestOffset.Should().BeInRange(8, 9);
    }
}
