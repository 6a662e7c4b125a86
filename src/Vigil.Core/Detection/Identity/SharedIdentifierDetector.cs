using System.Globalization;
using Vigil.Core.Identifiers;
using Vigil.Core.Model;

namespace Vigil.Core.Detection.Identity;

/// <summary>
/// One identifier (payout or bank account, wallet, phone, email, device, document number, GitHub, LinkedIn, postal
/// address) held by other subjects under different names. PAY-05 (one payment account for several "workers"),
/// COM-02 (the same phone or email on several applicants), PRF-02 (the contact finds profiles under other names),
/// SHP-04 / FAC-01 (one residential address), NETW-02 (one operator, many personas).
/// </summary>
/// <remarks>
/// Values shared by more than <see cref="Linking.IdentityGraphOptions.MaxSharing"/> subjects are infrastructure,
/// not identity, and allow-listed values (a company office) never fire. An address alone weighs little: families and
/// flatmates share one, while nobody shares a payout account with a stranger.
/// </remarks>
public sealed class SharedIdentifierDetector : IApplicantDetector
{
    public string Id => "shared-identifier";

    /// <summary>Per kind: detector id, indicator id and default weight.</summary>
    public static IReadOnlyDictionary<IdentifierKind, (string DetectorId, string IndicatorId, double Weight)> Kinds { get; } =
        new Dictionary<IdentifierKind, (string, string, double)>
        {
            [IdentifierKind.PayoutAccount] = ("shared-payout-account", IndicatorIds.Pay05SharedPayout, 50),
            [IdentifierKind.BankAccount] = ("shared-bank-account", IndicatorIds.Pay05SharedPayout, 50),
            [IdentifierKind.CryptoWallet] = ("shared-wallet", IndicatorIds.Pay05SharedPayout, 40),
            [IdentifierKind.Phone] = ("shared-phone", IndicatorIds.Com02SharedContact, 40),
            [IdentifierKind.Email] = ("shared-email", IndicatorIds.Com02SharedContact, 40),
            [IdentifierKind.DeviceId] = ("shared-device", IndicatorIds.Netw02ManyPersonas, 35),
            [IdentifierKind.DocumentNumber] = ("shared-document-number", IndicatorIds.Netw02ManyPersonas, 50),
            [IdentifierKind.GitHub] = ("shared-github", IndicatorIds.Prf02ContactUnderOtherNames, 35),
            [IdentifierKind.LinkedIn] = ("shared-linkedin", IndicatorIds.Prf02ContactUnderOtherNames, 35),
            [IdentifierKind.PostalAddress] = ("shared-postal-address", IndicatorIds.Shp04SharedShipTo, 8),
        };

    /// <summary>Weight factor when all holders share the family name (a household, not a ring).</summary>
    public const double HouseholdFactor = 0.5;

    /// <summary>Detector id of household sharing (own id, so the scoring config can weigh it separately).</summary>
    public const string HouseholdDetectorId = "shared-household-contact";

    /// <summary>Junk values people type when they do not want to give one (<c>+39 02 1234 5678</c>, <c>+1 555 000 0000</c>):
    /// shared by strangers because they are fake, not because one operator reuses them.</summary>
    public static bool IsPlaceholder(IdentifierKind kind, string value)
    {
        if (kind != IdentifierKind.Phone)
        {
            return false;
        }
        var digits = new string(value.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length < 6)
        {
            return true;
        }
        var tail = digits[^7..];
        return digits.Contains("1234567", StringComparison.Ordinal) || digits.Contains("12345678", StringComparison.Ordinal)
            || tail.Distinct().Count() == 1 || tail == "5550100" || digits.Contains("0000000", StringComparison.Ordinal);
    }

    private static bool SameFamilyName(Subject a, Subject b)
    {
        static string Last(Subject s)
        {
            var parts = SubjectNames.Canonical(s).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return parts.Length == 0 ? "" : parts[^1];
        }
        var la = Last(a);
        return la.Length > 1 && la == Last(b);
    }

    public IEnumerable<Finding> Detect(Subject subject, ScreeningContext context)
    {
        var graph = context.Population.Graph;
        var options = graph.Options;
        foreach (var id in subject.Identifiers)
        {
            if (!Kinds.TryGetValue(id.Kind, out var kind) || options.Allowlist.Contains(id.ToIdentifier().Key) || IsPlaceholder(id.Kind, id.Value))
            {
                continue;
            }
            var sharers = graph.SharersOf(id.Kind, id.Value);
            if (sharers < 2 || sharers > options.MaxSharing)
            {
                continue;
            }
            var others = graph.HoldersOf(id.Kind, id.Value)
                .Where(o => o != subject.Id)
                .Select(context.Population.Find)
                .Where(o => o is not null && SubjectNames.Differ(subject, o))
                .Select(o => o!)
                .ToList();
            if (others.Count == 0)
            {
                continue;
            }
            var label = id.Kind switch
            {
                IdentifierKind.PayoutAccount => "payout account",
                IdentifierKind.BankAccount => "bank account",
                IdentifierKind.CryptoWallet => "crypto wallet",
                IdentifierKind.PostalAddress => "postal address",
                IdentifierKind.DeviceId => "device",
                IdentifierKind.DocumentNumber => "identity document number",
                _ => id.Kind.ToString().ToLowerInvariant(),
            };
            // Relatives share a household email, landline or address; when every other holder has the subject's family
            // name the finding is kept for the analyst at half weight. Strong payment kinds are not discounted.
            var household = id.Kind is IdentifierKind.Email or IdentifierKind.Phone or IdentifierKind.PostalAddress
                && others.All(o => SameFamilyName(subject, o));
            var weight = household ? kind.Weight * HouseholdFactor : kind.Weight;
            var names = string.Join(", ", others.Take(5).Select(o => o.FullName)) + (others.Count > 5 ? ", ..." : "");
            var evidence = new List<Evidence> { new("shared " + label, id.Raw, subject.ExternalId) };
            evidence.AddRange(others.Take(10).Select(o => new Evidence("also held by", o.FullName, o.ExternalId)));
            yield return new Finding(
                household ? HouseholdDetectorId : kind.DetectorId,
                kind.IndicatorId,
                weight,
                string.Create(CultureInfo.InvariantCulture,
                    $"The same {label} is on {others.Count} other applicant(s) with different names: {names}{(household ? " (same family name: possibly one household)" : "")}"),
                evidence,
                others.Select(o => o.Id).ToList());
        }
    }
}
