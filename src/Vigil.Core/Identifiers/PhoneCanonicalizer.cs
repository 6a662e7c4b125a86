using PhoneNumbers;

namespace Vigil.Core.Identifiers;

/// <summary>Phone numbers to E.164 with libphonenumber; <see cref="Identifier.Detail"/> is the line type.</summary>
public static class PhoneCanonicalizer
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public static Identifier Canonicalize(string raw, string? defaultRegion)
    {
        var text = raw.Trim();
        try
        {
            var number = Util.Parse(text, defaultRegion?.ToUpperInvariant() ?? "ZZ");
            var e164 = Util.Format(number, PhoneNumberFormat.E164);
            var valid = Util.IsValidNumber(number);
            var type = Util.GetNumberType(number);
            return new Identifier(IdentifierKind.Phone, e164, raw, valid, valid ? LineType(type) : "invalid number");
        }
        catch (NumberParseException e)
        {
            var digits = new string(text.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());
            return new Identifier(IdentifierKind.Phone, digits, raw, false, e.ErrorType.ToString());
        }
    }

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
}
