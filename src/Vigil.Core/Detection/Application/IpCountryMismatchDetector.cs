using System.Net;
using Vigil.Core.Identifiers;
using Vigil.Core.Model;
using Vigil.Core.Reference;

namespace Vigil.Core.Detection.Application;

/// <summary>
/// None of the application's non-anonymized IPs is in the claimed country: NET-09 (geolocation mismatch) and IDN-04.
/// An IP located in the DPRK itself fires NET-06. Anonymizer exits are skipped (their location says nothing about
/// the user) and one home-country IP clears a traveller.
/// </summary>
public sealed class IpCountryMismatchDetector : IApplicantDetector
{
    public const double MismatchWeight = 15;
    public const double DprkWeight = 70;

    public string Id => "ip-country-mismatch";

    public IEnumerable<Finding> Detect(Subject subject, ScreeningContext context)
    {
        var intel = context.References.IpIntelligence;
        if (intel is null)
        {
            yield break;
        }
        var located = new List<(string Ip, string Country)>();
        foreach (var ip in subject.IdentifiersOf(IdentifierKind.IpAddress))
        {
            if (!IPAddress.TryParse(ip.Value, out var address))
            {
                continue;
            }
            var info = intel.Lookup(address);
            if (info.CountryCode is null)
            {
                continue;
            }
            if (info.CountryCode == "KP")
            {
                yield return new Finding("ip-dprk", IndicatorIds.Net06DprkChinaRanges, DprkWeight,
                    $"Applied from {ip.Value}, an address in a DPRK range",
                    new Evidence("application IP", ip.Value, "geolocation KP"));
            }
            if (info.Anonymizer == AnonymizerKind.None)
            {
                located.Add((ip.Value, info.CountryCode));
            }
        }
        if (string.IsNullOrEmpty(subject.ClaimedCountry) || located.Count == 0
            || located.Any(l => string.Equals(l.Country, subject.ClaimedCountry, StringComparison.OrdinalIgnoreCase)))
        {
            yield break;
        }
        var countries = string.Join(", ", located.Select(l => l.Country).Distinct());
        yield return new Finding(Id, IndicatorIds.Net09GeoMismatch, MismatchWeight,
            $"Claims {subject.ClaimedCountry} but every located application IP is elsewhere ({countries})",
            located.Select(l => new Evidence("application IP country", l.Country, l.Ip))
                .Append(new Evidence("claimed country", subject.ClaimedCountry)).ToList(),
            []);
    }
}
