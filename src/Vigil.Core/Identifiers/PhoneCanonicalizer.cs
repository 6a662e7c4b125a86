using System.Text;
using PhoneNumbers;

namespace Vigil.Core.Identifiers;

/// <summary>
/// Phone numbers to E.164 (<c>+14155550100</c>) with libphonenumber. <see cref="Identifier.Detail"/> is the line
/// type (<see cref="LineType"/>) for a valid number, else the reason it is invalid.
/// </summary>
/// <remarks>
/// <para>A number without a country code is read in the context's default region (usually the subject's claimed
/// country); with no region it stays unparsed and flagged. The international prefixes <c>00</c> (most of the world)
/// and <c>011</c> (North America) are read as <c>+</c> whatever the default region, since applicants often write
/// the prefix of the country they call from. Extensions (<c>x123</c>, <c>ext. 123</c>) are dropped: they route
/// inside one line and the line is what links people. Vanity letters (<c>1-800-FLOWERS</c>) become digits.</para>
/// <para>Thread-safe: <see cref="PhoneNumberUtil"/> is.</para>
/// </remarks>
public static class PhoneCanonicalizer
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    private static readonly HashSet<string> NanpRegions = new(Util.GetRegionCodesForCountryCode(1), StringComparer.Ordinal);

    public static Identifier Canonicalize(string raw, string? defaultRegion)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = TextFolding.Normalize(raw, NormalizationForm.FormKC).Trim();
        if (text.Length > 250)
        {
            return Invalid(raw, Digits(text[..250]), "too long");
        }
        var region = NormalizeRegion(defaultRegion);
        var prepared = RewriteInternationalPrefix(text, region);

        PhoneNumber? number = null;
        string? error = null;
        try
        {
            number = Util.Parse(prepared, region ?? "ZZ");
        }
        catch (NumberParseException e)
        {
            error = e.ErrorType switch
            {
                ErrorType.INVALID_COUNTRY_CODE => region is null && !prepared.TrimStart().StartsWith('+') ? "no country code and no default region" : "invalid country code",
                ErrorType.NOT_A_NUMBER => "not a phone number",
                ErrorType.TOO_SHORT_AFTER_IDD or ErrorType.TOO_SHORT_NSN => "too short",
                ErrorType.TOO_LONG => "too long",
                _ => "unparseable",
            };
        }
        if (number is null)
        {
            return Invalid(raw, Digits(prepared), error ?? "unparseable");
        }
        var e164 = Util.Format(number, PhoneNumberFormat.E164);
        if (!Util.IsValidNumber(number))
        {
            var possible = Util.IsPossibleNumberWithReason(number);
            var reason = possible switch
            {
                PhoneNumberUtil.ValidationResult.TOO_SHORT => "too short",
                PhoneNumberUtil.ValidationResult.IS_POSSIBLE_LOCAL_ONLY => "too short (local number only)",
                PhoneNumberUtil.ValidationResult.TOO_LONG => "too long",
                PhoneNumberUtil.ValidationResult.INVALID_COUNTRY_CODE => "invalid country code",
                _ => "not a valid number for its region",
            };
            return Invalid(raw, e164, reason);
        }
        return new Identifier(IdentifierKind.Phone, e164, raw, true, LineType(Util.GetNumberType(number)));
    }

    /// <summary>The ISO 3166-1 alpha-2 region of an E.164 number (<c>US</c>, <c>GB</c>...), for comparing the phone
    /// country with the claimed country; null when the number is not valid or belongs to no single region
    /// (non-geographic <c>+800</c>, <c>+882</c>...).</summary>
    public static string? RegionOf(string e164)
    {
        ArgumentNullException.ThrowIfNull(e164);
        try
        {
            var number = Util.Parse(e164, "ZZ");
            var region = Util.GetRegionCodeForNumber(number);
            return region is null or "ZZ" or "001" ? null : region;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    /// <summary>The line type of an E.164 number (see <see cref="LineType"/>), or null when it does not parse.</summary>
    public static string? LineTypeOf(string e164)
    {
        ArgumentNullException.ThrowIfNull(e164);
        try
        {
            var number = Util.Parse(e164, "ZZ");
            return Util.IsValidNumber(number) ? LineType(Util.GetNumberType(number)) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    /// <summary>Vigil's name for a libphonenumber line type. <c>fixed-or-mobile</c> is what NANP numbers get: the
    /// US and Canada do not split the ranges, so it is not evidence of a landline.</summary>
    public static string LineType(PhoneNumberType type) => type switch
    {
        PhoneNumberType.MOBILE => "mobile",
        PhoneNumberType.FIXED_LINE => "fixed",
        PhoneNumberType.FIXED_LINE_OR_MOBILE => "fixed-or-mobile",
        PhoneNumberType.VOIP => "voip",
        PhoneNumberType.TOLL_FREE => "toll-free",
        PhoneNumberType.PREMIUM_RATE => "premium",
        PhoneNumberType.PERSONAL_NUMBER => "personal",
        PhoneNumberType.PAGER => "pager",
        PhoneNumberType.UAN => "uan",
        PhoneNumberType.VOICEMAIL => "voicemail",
        PhoneNumberType.SHARED_COST => "shared-cost",
        _ => "unknown",
    };

    private static string? NormalizeRegion(string? region)
    {
        if (string.IsNullOrWhiteSpace(region))
        {
            return null;
        }
        var upper = region.Trim().ToUpperInvariant();
        return Util.GetSupportedRegions().Contains(upper) ? upper : null;
    }

    private static string RewriteInternationalPrefix(string text, string? region)
    {
        var start = 0;
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || text[start] is '(' or '[' or '.'))
        {
            start++;
        }
        var digits = LeadingDigits(text, start, 4);
        if (digits.StartsWith("00", StringComparison.Ordinal) && !digits.StartsWith("000", StringComparison.Ordinal))
        {
            return "+" + SkipDigits(text, start, 2);
        }
        // 011 is only an exit code in North America; elsewhere it can be a national area code (Sapporo is 011).
        if (digits.StartsWith("011", StringComparison.Ordinal) && (region is null || NanpRegions.Contains(region)))
        {
            return "+" + SkipDigits(text, start, 3);
        }
        return text;
    }

    private static string LeadingDigits(string text, int start, int count)
    {
        var sb = new StringBuilder(count);
        for (var i = start; i < text.Length && sb.Length < count; i++)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                sb.Append(text[i]);
            }
            else if (!(char.IsWhiteSpace(text[i]) || text[i] is '-' or '.' or '(' or ')'))
            {
                break;
            }
        }
        return sb.ToString();
    }

    private static string SkipDigits(string text, int start, int count)
    {
        var i = start;
        while (i < text.Length && count > 0)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                count--;
            }
            i++;
        }
        return text[i..];
    }

    private static string Digits(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c) || c == '+' && sb.Length == 0)
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private static Identifier Invalid(string raw, string value, string reason) =>
        new(IdentifierKind.Phone, value, raw, false, reason);
}
