using System.Collections.Concurrent;
using PhoneNumbers;

namespace Vigil.Ingest.Synthetic;

/// <summary>
/// Phone numbers that libphonenumber accepts as valid for their region and line type: the region's example number
/// with its trailing digits randomized, kept only when still valid and of the requested type.
/// </summary>
internal static class PhoneFactory
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();
    private static readonly ConcurrentDictionary<(string, PhoneNumberType), PhoneNumber?> Examples = new();

    /// <summary>A mobile number of <paramref name="region"/>, written the way people of that country write it
    /// (national format) or internationally.</summary>
    public static string Mobile(string region, SynthRandom rng) => Make(region, PhoneNumberType.MOBILE, rng, rng.Chance(0.5));

    /// <summary>A VoIP number (libphonenumber line type VOIP): Japan's 050 IP-phone range, the UK's 056 range (COM-03).</summary>
    public static string Voip(string region, SynthRandom rng) => Make(region, PhoneNumberType.VOIP, rng, international: true);

    public static string Fixed(string region, SynthRandom rng) => Make(region, PhoneNumberType.FIXED_LINE, rng, rng.Chance(0.5));

    private static string Make(string region, PhoneNumberType type, SynthRandom rng, bool international)
    {
        var example = Examples.GetOrAdd((region, type), k => Util.GetExampleNumberForType(k.Item1, k.Item2))
            ?? Examples.GetOrAdd((region, PhoneNumberType.FIXED_LINE_OR_MOBILE), k => Util.GetExampleNumberForType(k.Item1, k.Item2))
            ?? throw new InvalidOperationException($"libphonenumber has no example number for {region}");
        var national = example.NationalNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var keep = Math.Max(2, national.Length - 6);
        for (var attempt = 0; attempt < 40; attempt++)
        {
            var digits = national[..keep] + rng.Digits(national.Length - keep);
            var candidate = new PhoneNumber.Builder().SetCountryCode(example.CountryCode).SetNationalNumber(ulong.Parse(digits, System.Globalization.CultureInfo.InvariantCulture)).Build();
            var t = Util.GetNumberType(candidate);
            if (Util.IsValidNumber(candidate) && (t == type || type == PhoneNumberType.MOBILE && t == PhoneNumberType.FIXED_LINE_OR_MOBILE
                || type == PhoneNumberType.FIXED_LINE && t == PhoneNumberType.FIXED_LINE_OR_MOBILE))
            {
                return Util.Format(candidate, international ? PhoneNumberFormat.INTERNATIONAL : PhoneNumberFormat.NATIONAL);
            }
        }
        return Util.Format(example, PhoneNumberFormat.INTERNATIONAL);
    }
}
