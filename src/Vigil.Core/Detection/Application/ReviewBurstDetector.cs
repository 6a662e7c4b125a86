using System.Globalization;
using Vigil.Core.Model;

namespace Vigil.Core.Detection.Application;

/// <summary>
/// Many excellent reviews in a short window making up most of the account's history: FRL-02 ("review bursts",
/// often from one client account). A window holding few of an established account's reviews is ordinary.
/// </summary>
public sealed class ReviewBurstDetector : IApplicantDetector
{
    public const double Weight = 30;

    public string Id => "review-burst";

    public IEnumerable<Finding> Detect(Subject subject, ScreeningContext context)
    {
        var options = context.Options;
        var reviews = context.Population.ReviewsOf(subject.Id);
        var excellent = reviews.Where(r => r.Rating >= options.ExcellentRating).OrderBy(r => r.At).ToList();
        if (excellent.Count < options.BurstMinReviews)
        {
            yield break;
        }
        // Sliding window over time-ordered excellent reviews.
        int best = 0, bestStart = 0;
        for (int start = 0, end = 0; end < excellent.Count; end++)
        {
            while (excellent[end].At - excellent[start].At > options.BurstWindow)
            {
                start++;
            }
            if (end - start + 1 > best)
            {
                best = end - start + 1;
                bestStart = start;
            }
        }
        if (best < options.BurstMinReviews || best < options.BurstMinShare * reviews.Count)
        {
            yield break;
        }
        var burst = excellent.GetRange(bestStart, best);
        var topReviewer = burst.Where(r => r.Reviewer is not null).GroupBy(r => r.Reviewer!)
            .OrderByDescending(g => g.Count()).FirstOrDefault();
        var from = topReviewer is { } g && g.Count() > 1 ? $", {g.Count()} from {g.Key}" : "";
        yield return new Finding(Id, IndicatorIds.Frl02ReviewBurst, Weight,
            string.Create(CultureInfo.InvariantCulture,
                $"{best} excellent reviews within {(burst[^1].At - burst[0].At).TotalHours:0} hours, {best} of {reviews.Count} reviews overall{from}"),
            burst.Select(r => new Evidence("review",
                string.Create(CultureInfo.InvariantCulture, $"{r.Rating:0.#}★ at {r.At:yyyy-MM-dd HH:mm}Z"), r.Reviewer)).ToList(),
            []);
    }
}
