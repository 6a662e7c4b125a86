namespace Vigil.Intel.Ip;

/// <summary>
/// A best-effort IANA time zone for a location when the geo database has none (DB-IP Lite has none). One zone for
/// each single-zone country; for the large multi-zone countries (US, CA, RU, AU, BR, MX, ID, MN, KZ...) the zone is
/// picked from the longitude (and latitude for Alaska, Hawaii, Arizona and northern Australia) by rough bands.
/// The bands follow the zones' main meridians, not their legal borders, so places near a border can get the
/// neighbouring zone: good enough for working-hours statistics (NET-09, WRK-*) that work in whole hours, not for
/// legal time. Unknown country → null.
/// </summary>
public static class CountryTimeZones
{
    private static readonly Dictionary<string, string> SingleZone = new(StringComparer.OrdinalIgnoreCase)
    {
        // Europe
        ["GB"] = "Europe/London", ["IE"] = "Europe/Dublin", ["PT"] = "Europe/Lisbon", ["ES"] = "Europe/Madrid",
        ["FR"] = "Europe/Paris", ["BE"] = "Europe/Brussels", ["NL"] = "Europe/Amsterdam", ["LU"] = "Europe/Luxembourg",
        ["DE"] = "Europe/Berlin", ["CH"] = "Europe/Zurich", ["AT"] = "Europe/Vienna", ["IT"] = "Europe/Rome",
        ["DK"] = "Europe/Copenhagen", ["NO"] = "Europe/Oslo", ["SE"] = "Europe/Stockholm", ["FI"] = "Europe/Helsinki",
        ["IS"] = "Atlantic/Reykjavik", ["PL"] = "Europe/Warsaw", ["CZ"] = "Europe/Prague", ["SK"] = "Europe/Bratislava",
        ["HU"] = "Europe/Budapest", ["SI"] = "Europe/Ljubljana", ["HR"] = "Europe/Zagreb", ["RS"] = "Europe/Belgrade",
        ["BA"] = "Europe/Sarajevo", ["ME"] = "Europe/Podgorica", ["MK"] = "Europe/Skopje", ["AL"] = "Europe/Tirane",
        ["GR"] = "Europe/Athens", ["BG"] = "Europe/Sofia", ["RO"] = "Europe/Bucharest", ["MD"] = "Europe/Chisinau",
        ["UA"] = "Europe/Kyiv", ["BY"] = "Europe/Minsk", ["LT"] = "Europe/Vilnius", ["LV"] = "Europe/Riga",
        ["EE"] = "Europe/Tallinn", ["TR"] = "Europe/Istanbul", ["CY"] = "Asia/Nicosia", ["MT"] = "Europe/Malta",
        ["GE"] = "Asia/Tbilisi", ["AM"] = "Asia/Yerevan", ["AZ"] = "Asia/Baku", ["MC"] = "Europe/Monaco",
        ["LI"] = "Europe/Vaduz", ["AD"] = "Europe/Andorra", ["XK"] = "Europe/Belgrade",
        // Asia
        ["KP"] = "Asia/Pyongyang", ["KR"] = "Asia/Seoul", ["JP"] = "Asia/Tokyo", ["CN"] = "Asia/Shanghai",
        ["HK"] = "Asia/Hong_Kong", ["MO"] = "Asia/Macau", ["TW"] = "Asia/Taipei", ["PH"] = "Asia/Manila",
        ["VN"] = "Asia/Ho_Chi_Minh", ["LA"] = "Asia/Vientiane", ["KH"] = "Asia/Phnom_Penh", ["TH"] = "Asia/Bangkok",
        ["MM"] = "Asia/Yangon", ["MY"] = "Asia/Kuala_Lumpur", ["SG"] = "Asia/Singapore", ["BN"] = "Asia/Brunei",
        ["IN"] = "Asia/Kolkata", ["PK"] = "Asia/Karachi", ["BD"] = "Asia/Dhaka", ["LK"] = "Asia/Colombo",
        ["NP"] = "Asia/Kathmandu", ["BT"] = "Asia/Thimphu", ["AF"] = "Asia/Kabul", ["IR"] = "Asia/Tehran",
        ["IQ"] = "Asia/Baghdad", ["SY"] = "Asia/Damascus", ["LB"] = "Asia/Beirut", ["IL"] = "Asia/Jerusalem",
        ["PS"] = "Asia/Gaza", ["JO"] = "Asia/Amman", ["SA"] = "Asia/Riyadh", ["AE"] = "Asia/Dubai", ["QA"] = "Asia/Qatar",
        ["BH"] = "Asia/Bahrain", ["KW"] = "Asia/Kuwait", ["OM"] = "Asia/Muscat", ["YE"] = "Asia/Aden",
        ["UZ"] = "Asia/Tashkent", ["TM"] = "Asia/Ashgabat", ["TJ"] = "Asia/Dushanbe", ["KG"] = "Asia/Bishkek",
        ["KZ"] = "Asia/Almaty", ["MV"] = "Indian/Maldives", ["TL"] = "Asia/Dili",
        // Africa
        ["EG"] = "Africa/Cairo", ["LY"] = "Africa/Tripoli", ["TN"] = "Africa/Tunis", ["DZ"] = "Africa/Algiers",
        ["MA"] = "Africa/Casablanca", ["NG"] = "Africa/Lagos", ["GH"] = "Africa/Accra", ["CI"] = "Africa/Abidjan",
        ["SN"] = "Africa/Dakar", ["GN"] = "Africa/Conakry", ["GQ"] = "Africa/Malabo", ["CM"] = "Africa/Douala",
        ["KE"] = "Africa/Nairobi", ["TZ"] = "Africa/Dar_es_Salaam", ["UG"] = "Africa/Kampala", ["ET"] = "Africa/Addis_Ababa",
        ["RW"] = "Africa/Kigali", ["ZA"] = "Africa/Johannesburg", ["ZW"] = "Africa/Harare", ["ZM"] = "Africa/Lusaka",
        ["AO"] = "Africa/Luanda", ["MZ"] = "Africa/Maputo", ["SD"] = "Africa/Khartoum", ["SO"] = "Africa/Mogadishu",
        ["BW"] = "Africa/Gaborone", ["NA"] = "Africa/Windhoek", ["MU"] = "Indian/Mauritius", ["MG"] = "Indian/Antananarivo",
        // Americas (single-zone)
        ["AR"] = "America/Argentina/Buenos_Aires", ["CL"] = "America/Santiago", ["CO"] = "America/Bogota",
        ["PE"] = "America/Lima", ["VE"] = "America/Caracas", ["EC"] = "America/Guayaquil", ["BO"] = "America/La_Paz",
        ["PY"] = "America/Asuncion", ["UY"] = "America/Montevideo", ["PA"] = "America/Panama", ["CR"] = "America/Costa_Rica",
        ["GT"] = "America/Guatemala", ["SV"] = "America/El_Salvador", ["HN"] = "America/Tegucigalpa",
        ["NI"] = "America/Managua", ["CU"] = "America/Havana", ["DO"] = "America/Santo_Domingo", ["JM"] = "America/Jamaica",
        ["PR"] = "America/Puerto_Rico", ["HT"] = "America/Port-au-Prince", ["TT"] = "America/Port_of_Spain",
        ["BS"] = "America/Nassau", ["BB"] = "America/Barbados",
        // Oceania
        ["NZ"] = "Pacific/Auckland", ["FJ"] = "Pacific/Fiji", ["PG"] = "Pacific/Port_Moresby",
    };

    /// <summary>The IANA zone for a country and, for multi-zone countries, coordinates; null when unknown.</summary>
    public static string? Guess(string? countryCode, double? latitude, double? longitude)
    {
        if (string.IsNullOrEmpty(countryCode))
        {
            return null;
        }
        if (SingleZone.TryGetValue(countryCode, out var zone))
        {
            return zone;
        }
        var lat = latitude ?? double.NaN;
        var lon = longitude ?? double.NaN;
        var hasPoint = !double.IsNaN(lat) && !double.IsNaN(lon);
        return countryCode.ToUpperInvariant() switch
        {
            "US" => hasPoint ? UnitedStates(lat, lon) : "America/New_York",
            "CA" => hasPoint ? Canada(lat, lon) : "America/Toronto",
            "RU" => hasPoint ? Russia(lon) : "Europe/Moscow",
            "AU" => hasPoint ? Australia(lat, lon) : "Australia/Sydney",
            "BR" => !hasPoint || lon >= -52 ? "America/Sao_Paulo" : lon >= -67.5 ? "America/Manaus" : "America/Rio_Branco",
            "MX" => !hasPoint ? "America/Mexico_City"
                : lon < -114 && lat > 28 ? "America/Tijuana"
                : lon < -105.5 ? "America/Mazatlan"
                : lon > -89 ? "America/Cancun" : "America/Mexico_City",
            "ID" => !hasPoint || lon < 115 ? "Asia/Jakarta" : lon < 125 ? "Asia/Makassar" : "Asia/Jayapura",
            "MN" => hasPoint && lon < 100 ? "Asia/Hovd" : "Asia/Ulaanbaatar",
            "CD" => hasPoint && lon < 22 ? "Africa/Kinshasa" : "Africa/Lubumbashi",
            _ => null,
        };
    }

    private static string UnitedStates(double lat, double lon)
    {
        if (lat < 23 && lon < -154)
        {
            return "Pacific/Honolulu";
        }
        if (lat > 51 && lon < -130)
        {
            return "America/Anchorage";
        }
        // Arizona keeps standard time all year: worth its own zone for working-hours checks.
        if (lat is > 31.3 and < 37 && lon is > -114.8 and < -109.05)
        {
            return "America/Phoenix";
        }
        return lon >= -85.5 ? "America/New_York"
            : lon >= -101 ? "America/Chicago"
            : lon >= -114.5 ? "America/Denver"
            : "America/Los_Angeles";
    }

    private static string Canada(double lat, double lon) =>
        lon > -57 && lat > 46.5 ? "America/St_Johns"
        : lon >= -67 ? "America/Halifax"
        : lon >= -90 ? "America/Toronto"
        : lon >= -102 ? "America/Winnipeg"
        : lon >= -120 ? "America/Edmonton"
        : "America/Vancouver";

    private static string Russia(double lon) =>
        lon < 23 ? "Europe/Kaliningrad"
        : lon < 50 ? "Europe/Moscow"
        : lon < 53 ? "Europe/Samara"
        : lon < 68 ? "Asia/Yekaterinburg"
        : lon < 80 ? "Asia/Omsk"
        : lon < 97 ? "Asia/Krasnoyarsk"
        : lon < 115 ? "Asia/Irkutsk"
        : lon < 130 ? "Asia/Yakutsk"
        : lon < 145 ? "Asia/Vladivostok"
        : lon < 160 ? "Asia/Magadan"
        : "Asia/Kamchatka";

    private static string Australia(double lat, double lon) =>
        lon < 129 ? "Australia/Perth"
        : lon < 141 ? (lat > -26 ? "Australia/Darwin" : "Australia/Adelaide")
        : lat > -28.2 ? "Australia/Brisbane"
        : "Australia/Sydney";
}
