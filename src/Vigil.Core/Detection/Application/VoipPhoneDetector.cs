using Vigil.Core.Identifiers;
using Vigil.Core.Model;

namespace Vigil.Core.Detection.Application;

/// <summary>A VoIP phone number (Google Voice, TextNow...; libphonenumber line type) in place of a carrier mobile:
/// COM-03. Alone it is weak: many people use VoIP numbers honestly.</summary>
public sealed class VoipPhoneDetector : IApplicantDetector
{
    public const double Weight = 15;

    public string Id => "voip-phone";

    public IEnumerable<Finding> Detect(Subject subject, ScreeningContext context)
    {
        foreach (var phone in subject.IdentifiersOf(IdentifierKind.Phone))
        {
            if (phone.Detail == "voip")
            {
                yield return new Finding(Id, IndicatorIds.Com03Voip, Weight,
                    $"Phone {phone.Raw} is a VoIP number, not a carrier line",
                    new Evidence("VoIP phone", phone.Value, "libphonenumber line type"));
            }
        }
    }
}
