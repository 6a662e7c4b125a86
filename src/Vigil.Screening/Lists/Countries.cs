using System.Collections.Frozen;
using System.Globalization;
using Vigil.Core.Identifiers;

namespace Vigil.Screening.Lists;

/// <summary>
/// Country names as lists write them ("Korea, North", "Democratic People's Republic of Korea", "Russia") to
/// ISO 3166-1 alpha-2. Built once from .NET region data plus the list spellings .NET does not know. Thread-safe.
/// </summary>
public static class Countries
{
    private static readonly FrozenDictionary<string, string> ByName = Build();

    /// <summary>The alpha-2 code, or null when the name is not a known country.</summary>
    public static string? ToCode(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        var trimmed = name.Trim();
        if (trimmed.Length == 2 && char.IsAsciiLetter(trimmed[0]) && char.IsAsciiLetter(trimmed[1]))
        {
            var upper = trimmed.ToUpperInvariant();
            return ByName.Values.Contains(upper) ? upper : null;
        }
        return ByName.TryGetValue(TextFolding.Fold(trimmed), out var code) ? code : null;
    }

    /// <summary>The code when known, else the name as written (so nothing is lost).</summary>
    public static string CodeOrName(string name) => ToCode(name) ?? name.Trim();

    private static FrozenDictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            RegionInfo region;
            try
            {
                region = new RegionInfo(culture.Name);
            }
            catch (ArgumentException)
            {
                continue;
            }
            if (region.TwoLetterISORegionName.Length != 2 || !char.IsAsciiLetter(region.TwoLetterISORegionName[0]))
            {
                continue;
            }
            map.TryAdd(TextFolding.Fold(region.EnglishName), region.TwoLetterISORegionName);
            map.TryAdd(TextFolding.Fold(region.NativeName), region.TwoLetterISORegionName);
        }
        // Spellings used by OFAC and the UN that region data lacks or spells differently.
        string[][] extra =
        [
            ["KP", "korea north", "north korea", "democratic peoples republic of korea", "dprk", "korea democratic peoples republic of", "korea dpr"],
            ["KR", "korea south", "south korea", "republic of korea", "korea republic of"],
            ["RU", "russia", "russian federation"],
            ["CN", "china", "peoples republic of china"],
            ["IR", "iran", "iran islamic republic of"],
            ["SY", "syria", "syrian arab republic"],
            ["VE", "venezuela", "venezuela bolivarian republic of"],
            ["LA", "laos", "lao peoples democratic republic"],
            ["VN", "vietnam", "viet nam"],
            ["US", "united states", "united states of america", "usa"],
            ["GB", "united kingdom", "united kingdom of great britain and northern ireland", "uk"],
            ["AE", "united arab emirates", "uae"],
            ["CD", "democratic republic of the congo", "congo democratic republic of the", "drc"],
            ["CG", "congo", "republic of the congo", "congo republic of the"],
            ["TZ", "tanzania", "united republic of tanzania"],
            ["BO", "bolivia"],
            ["MD", "moldova", "republic of moldova"],
            ["PS", "palestinian", "palestine", "west bank", "gaza"],
            ["BY", "belarus"],
            ["CU", "cuba"],
            ["MM", "burma", "myanmar"],
            ["CI", "cote divoire", "ivory coast"],
            ["TR", "turkey", "turkiye"],
            ["CZ", "czech republic", "czechia"],
            ["MK", "north macedonia", "macedonia"],
            ["SS", "south sudan"],
            ["XK", "kosovo"],
            ["TW", "taiwan"],
            ["HK", "hong kong"],
            ["MO", "macau", "macao"],
        ];
        foreach (var row in extra)
        {
            foreach (var name in row.Skip(1))
            {
                map[name] = row[0];
            }
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
