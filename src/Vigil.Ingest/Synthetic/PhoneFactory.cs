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
    public static string Mobile(string region, SynthRandom rng, Func<string, bool>? isFree = null) => Make(region, PhoneNumberType.MOBILE, rng, rng.Chance(0.5), isFree);

    /// <summary>A VoIP number (libphonenumber line type VOIP): Japan's 050 IP-phone range, the UK's 056 range (COM-03).</summary>
    public static string Voip(string region, SynthRandom rng, Func<string, bool>? isFree = null) => Make(region, PhoneNumberType.VOIP, rng, international: true, isFree);

    public static string Fixed(string region, SynthRandom rng, Func<string, bool>? isFree = null) => Make(region, PhoneNumberType.FIXED_LINE, rng, rng.Chance(0.5), isFree);

    /// <param name="isFree">Called with the E.164 form; false rejects the number (keeps numbers unique in a population).</param>
    private static string Make(string region, PhoneNumberType type, SynthRandom rng, bool international, Func<string, bool>? isFree)
    {
        var example = Examples.GetOrAdd((region, type), k => Util.GetExampleNumberForType(k.Item1, k.Item2))
            ?? Examples.GetOrAdd((region, PhoneNumberType.FIXED_LINE_OR_MOBILE), k => Util.GetExampleNumberForType(k.Item1, k.Item2))
            ?? throw new InvalidOperationException($"libphonenumber has no example number for {region}");
        var national = example.NationalNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var keep = Math.Max(2, national.Length - 6);
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var digits = national[..keep] + rng.Digits(national.Length - keep);
            // Italian numbers keep their leading zero in a flag, not in NationalNumber: copy it from the example.
            var candidate = new PhoneNumber.Builder().MergeFrom(example)
                .SetNationalNumber(ulong.Parse(digits, System.Globalization.CultureInfo.InvariantCulture)).Build();
            var t = Util.GetNumberType(candidate);
            if (Util.IsValidNumber(candidate) && (t == type || type == PhoneNumberType.MOBILE && t == PhoneNumberType.FIXED_LINE_OR_MOBILE
                || type == PhoneNumberType.FIXED_LINE && t == PhoneNumberType.FIXED_LINE_OR_MOBILE)
                && (isFree is null || isFree(Util.Format(candidate, PhoneNumberFormat.E164))))
            {
                return Util.Format(candidate, international ? PhoneNumberFormat.INTERNATIONAL : PhoneNumberFormat.NATIONAL);
            }
        }
        // No valid free number found by varying the tail (should not happen): fall back to a mobile number rather
        // than the example itself, which many people would then share.
        return type == PhoneNumberType.MOBILE
            ? throw new InvalidOperationException($"could not generate a {type} number for {region}")
            : Make(region, PhoneNumberType.MOBILE, rng, international, isFree);
    }
}
