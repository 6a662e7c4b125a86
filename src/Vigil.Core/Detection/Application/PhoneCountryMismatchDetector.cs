using Vigil.Core.Identifiers;
using Vigil.Core.Model;

namespace Vigil.Core.Detection.Application;

/// <summary>The phone number's country differs from the claimed country of residence: IDN-04 (location and contact
/// inconsistencies). Weak alone (expats keep home numbers); it adds up with other inconsistencies.</summary>
public sealed class PhoneCountryMismatchDetector : IApplicantDetector
{
    public const double Weight = 12;

    public string Id => "phone-country-mismatch";

    public IEnumerable<Finding> Detect(Subject subject, ScreeningContext context)
    {
        if (string.IsNullOrEmpty(subject.ClaimedCountry))
        {
            yield break;
        }
        foreach (var phone in subject.IdentifiersOf(IdentifierKind.Phone))
        {
            if (!phone.IsValid || PhoneCanonicalizer.RegionOf(phone.Value) is not { } region)
            {
                continue;
            }
            if (!string.Equals(region, subject.ClaimedCountry, StringComparison.OrdinalIgnoreCase))
            {
                yield return new Finding(Id, IndicatorIds.Idn04Inconsistency, Weight,
                    $"Phone {phone.Raw} is a {region} number but the applicant claims to live in {subject.ClaimedCountry}",
                    new Evidence("phone country", region, phone.Value),
                    new Evidence("claimed country", subject.ClaimedCountry));
            }
        }
    }
}
