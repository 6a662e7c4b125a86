using System.Globalization;
using Vigil.Core.Linking.Photos;
using Vigil.Core.Model;

namespace Vigil.Core.Detection.Identity;

/// <summary>The applicant's photo is perceptually the same picture (re-encoded, resized or cropped) as another
/// applicant's under a different name: PRF-01 (the same photo under different names), COM-02.</summary>
public sealed class ReusedPhotoDetector : IApplicantDetector
{
    public const double Weight = 35;

    public string Id => "reused-photo";

    public IEnumerable<Finding> Detect(Subject subject, ScreeningContext context)
    {
        var matches = context.Population.PhotoMatchesOf(subject.Id)
            .Select(m => (Match: m, Other: context.Population.Find(m.Id)))
            .Where(x => x.Other is not null && SubjectNames.Differ(subject, x.Other))
            .ToList();
        if (matches.Count == 0)
        {
            yield break;
        }
        var hash = context.Population.PhotoOf(subject.Id);
        var evidence = new List<Evidence> { new("photo", subject.PhotoRef ?? "", hash?.ToHex()) };
        evidence.AddRange(matches.Take(10).Select(m => new Evidence(
            "same photo as " + m.Other!.FullName,
            string.Create(CultureInfo.InvariantCulture, $"Hamming distance {m.Match.Distance}/256"),
            m.Other.ExternalId)));
        yield return new Finding(
            Id,
            IndicatorIds.Prf01SamePhoto,
            Weight,
            string.Create(CultureInfo.InvariantCulture, $"The photo is the same picture as on {matches.Count} applicant(s) with other names"),
            evidence,
            matches.Select(m => m.Other!.Id).Distinct().ToList());
    }
}
