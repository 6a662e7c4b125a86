using System.Globalization;
using Vigil.Core.Model;

namespace Vigil.Core.Detection.Identity;

/// <summary>An identifier of the applicant (email, GitHub, wallet, phone...) is on a loaded community indicator list
/// (tayvano, ZachXBT, SEAL, a partner's feed): SAN-03. Weighted by the source's stated confidence, because such
/// lists are unverified allegations and may name stolen real identities.</summary>
public sealed class CommunityIntelDetector : IApplicantDetector
{
    public const double MaxWeight = 60;

    public string Id => "community-intel";

    public IEnumerable<Finding> Detect(Subject subject, ScreeningContext context)
    {
        var intel = context.References.CommunityIntel;
        if (intel is null)
        {
            yield break;
        }
        foreach (var si in subject.Identifiers)
        {
            var id = si.ToIdentifier();
            var hits = intel.Match(id);
            if (hits.Count == 0)
            {
                continue;
            }
            var confidence = hits.Max(h => Math.Clamp(h.Confidence, 0, 100));
            yield return new Finding(
                Id,
                IndicatorIds.San03CommunityList,
                MaxWeight * Math.Max(0.25, confidence / 100.0),
                string.Create(CultureInfo.InvariantCulture,
                    $"{si.Kind} {si.Raw} is on community list(s) {string.Join(", ", hits.Select(h => h.Source).Distinct())} (confidence up to {confidence})"),
                hits.Select(h => new Evidence(
                    "listed by " + h.Source,
                    si.Raw,
                    string.Create(CultureInfo.InvariantCulture, $"confidence {h.Confidence}, first seen {h.FirstSeen:yyyy-MM-dd}"))).ToList(),
                []);
        }
    }
}
