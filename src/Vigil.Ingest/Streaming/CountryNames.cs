using System.Globalization;

namespace Vigil.Ingest.Streaming;

/// <summary>
/// English country names (as Okta's <c>geographicalContext.country</c> writes them) to ISO 3166-1 alpha-2 codes.
/// Built from .NET's region data plus the names Okta and GeoIP databases use that differ from it.
/// </summary>
public static class CountryNames
{
    private static readonly Lazy<Dictionary<string, string>> Map = new(Build);

    /// <summary>The upper-case ISO code for a country name or code, or null when unknown.</summary>
    public static string? ToIso2(string? nameOrCode)
    {
        if (string.IsNullOrWhiteSpace(nameOrCode))
        {
            return null;
        }
        var text = nameOrCode.Trim();
        if (text.Length == 2 && char.IsAsciiLetter(text[0]) && char.IsAsciiLetter(text[1]))
        {
            return text.ToUpperInvariant();
        }
        return Map.Value.GetValueOrDefault(text);
    }

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            try
            {
                var region = new RegionInfo(culture.Name);
                if (region.TwoLetterISORegionName.Length == 2 && char.IsAsciiLetter(region.TwoLetterISORegionName[0]))
                {
                    map.TryAdd(region.EnglishName, region.TwoLetterISORegionName);
                    map.TryAdd(region.NativeName, region.TwoLetterISORegionName);
                }
            }
            catch (ArgumentException)
            {
                // Cultures without a region (neutral or custom) have nothing to add.
            }
        }
        // Names geo databases use that .NET spells differently (or lacks without ICU).
        (string Name, string Code)[] extra =
        [
            ("United States", "US"), ("United States of America", "US"), ("United Kingdom", "GB"), ("China", "CN"),
            ("Hong Kong", "HK"), ("Taiwan", "TW"), ("South Korea", "KR"), ("Korea, Republic of", "KR"), ("Republic of Korea", "KR"),
            ("North Korea", "KP"), ("Korea, Democratic People's Republic of", "KP"), ("Russia", "RU"), ("Russian Federation", "RU"),
            ("Vietnam", "VN"), ("Viet Nam", "VN"), ("Laos", "LA"), ("Lao People's Democratic Republic", "LA"), ("Iran", "IR"),
            ("Syria", "SY"), ("Czechia", "CZ"), ("Czech Republic", "CZ"), ("Türkiye", "TR"), ("Turkey", "TR"),
            ("Netherlands", "NL"), ("The Netherlands", "NL"), ("Japan", "JP"), ("Germany", "DE"), ("France", "FR"), ("Canada", "CA"),
            ("Mexico", "MX"), ("Brazil", "BR"), ("India", "IN"), ("Singapore", "SG"), ("Australia", "AU"), ("Ukraine", "UA"),
            ("Poland", "PL"), ("Spain", "ES"), ("Italy", "IT"), ("Philippines", "PH"), ("Nigeria", "NG"), ("Cambodia", "KH"),
            ("Malaysia", "MY"), ("Thailand", "TH"), ("Indonesia", "ID"), ("United Arab Emirates", "AE"), ("Ireland", "IE"),
            ("Sweden", "SE"), ("Switzerland", "CH"), ("Argentina", "AR"), ("Colombia", "CO"), ("Pakistan", "PK"), ("Israel", "IL"),
            ("Belarus", "BY"), ("Kazakhstan", "KZ"), ("Mongolia", "MN"), ("Equatorial Guinea", "GQ"), ("Guinea", "GN"), ("Tanzania", "TZ"),
        ];
        foreach (var (name, code) in extra)
        {
            map[name] = code;
        }
        return map;
    }
}
