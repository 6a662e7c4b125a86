using Vigil.Core.Identifiers;
using Vigil.Sharing.Stix.Markings;

namespace Vigil.Sharing.Policy;

/// <summary>An identifier the organization could share, with the facts the policy decides on.</summary>
/// <param name="CanonicalValue">Canonical value; it leaves the organization only as a keyed hash unless the policy
/// allows raw sharing and the indicator is marked for it.</param>
/// <param name="FromConfirmedCase">True when a subject holding it is in a case closed as confirmed.</param>
/// <param name="MarkedForRawSharing">An analyst explicitly allowed this value to be shared in the clear (e.g. an
/// actor-controlled wallet already public in an OFAC listing).</param>
/// <param name="ExplicitlyIncluded">An analyst chose to share it even without a confirmed case.</param>
/// <param name="ExplicitlyExcluded">An analyst chose never to share it; wins over every rule.</param>
/// <param name="Tlp">The TLP the organization put on it.</param>
/// <param name="IndicatorIds">Catalog indicator ids (PAY-05, COM-02) behind it, for labels.</param>
public sealed record ShareCandidate(
    IdentifierKind Kind,
    string CanonicalValue,
    bool FromConfirmedCase,
    TlpLevel Tlp = TlpLevel.Amber,
    int Confidence = 80,
    bool MarkedForRawSharing = false,
    bool ExplicitlyIncluded = false,
    bool ExplicitlyExcluded = false,
    DateTimeOffset? FirstSeen = null,
    IReadOnlyList<string>? IndicatorIds = null);
