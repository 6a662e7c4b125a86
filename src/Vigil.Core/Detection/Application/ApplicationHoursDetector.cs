using System.Globalization;
using Vigil.Core.Model;

namespace Vigil.Core.Detection.Application;

/// <summary>
/// The application was submitted on a weekday during Pyongyang office hours, which is the middle of the night in
/// the applicant's claimed time zone: WRK-01. Deliberately weak: night owls exist, and this is never about where a
/// person is from, only about a claimed location the activity contradicts.
/// </summary>
public sealed class ApplicationHoursDetector : IApplicantDetector
{
    public const double Weight = 10;

    private static readonly TimeZoneInfo Pyongyang = Find("Asia/Pyongyang") ?? TimeZoneInfo.CreateCustomTimeZone("UTC+9", TimeSpan.FromHours(9), "UTC+9", "UTC+9");

    public string Id => "application-hours";

    public IEnumerable<Finding> Detect(Subject subject, ScreeningContext context)
    {
        if (subject.AppliedAt is not { } at || subject.ClaimedTimezone is null || Find(subject.ClaimedTimezone) is not { } claimed)
        {
            yield break;
        }
        var offset = claimed.GetUtcOffset(at);
        if (offset >= TimeSpan.FromHours(7) && offset <= TimeSpan.FromHours(10))
        {
            yield break; // Pyongyang daytime is ordinary daytime there.
        }
        var py = TimeZoneInfo.ConvertTime(at, Pyongyang);
        var local = TimeZoneInfo.ConvertTime(at, claimed);
        var office = py.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && py.Hour is >= 9 and < 18;
        var night = local.Hour is >= 23 or < 6;
        if (office && night)
        {
            yield return new Finding(Id, IndicatorIds.Wrk01EastAsianHours, Weight,
                string.Create(CultureInfo.InvariantCulture,
                    $"Applied at {local:HH:mm} claimed local time ({subject.ClaimedTimezone}), {py:HH:mm} on a weekday in Pyongyang"),
                new Evidence("applied at (UTC)", at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
                new Evidence("claimed time zone", subject.ClaimedTimezone));
        }
    }

    private static TimeZoneInfo? Find(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var tz) ? tz : null;
}
