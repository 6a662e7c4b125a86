using System.Collections.Frozen;

namespace Vigil.Core.Identifiers;

/// <summary>US states, DC and territories: folded name (as <see cref="TextFolding.Fold"/> writes it) to the USPS
/// two-letter code, lower case.</summary>
public static class UsStates
{
    public static FrozenDictionary<string, string> CodeByName { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["alabama"] = "al", ["alaska"] = "ak", ["arizona"] = "az", ["arkansas"] = "ar", ["california"] = "ca",
        ["colorado"] = "co", ["connecticut"] = "ct", ["delaware"] = "de", ["district of columbia"] = "dc",
        ["florida"] = "fl", ["georgia"] = "ga", ["hawaii"] = "hi", ["idaho"] = "id", ["illinois"] = "il",
        ["indiana"] = "in", ["iowa"] = "ia", ["kansas"] = "ks", ["kentucky"] = "ky", ["louisiana"] = "la",
        ["maine"] = "me", ["maryland"] = "md", ["massachusetts"] = "ma", ["michigan"] = "mi", ["minnesota"] = "mn",
        ["mississippi"] = "ms", ["missouri"] = "mo", ["montana"] = "mt", ["nebraska"] = "ne", ["nevada"] = "nv",
        ["new hampshire"] = "nh", ["new jersey"] = "nj", ["new mexico"] = "nm", ["new york"] = "ny",
        ["north carolina"] = "nc", ["north dakota"] = "nd", ["ohio"] = "oh", ["oklahoma"] = "ok", ["oregon"] = "or",
        ["pennsylvania"] = "pa", ["rhode island"] = "ri", ["south carolina"] = "sc", ["south dakota"] = "sd",
        ["tennessee"] = "tn", ["texas"] = "tx", ["utah"] = "ut", ["vermont"] = "vt", ["virginia"] = "va",
        ["washington"] = "wa", ["west virginia"] = "wv", ["wisconsin"] = "wi", ["wyoming"] = "wy",
        ["puerto rico"] = "pr", ["guam"] = "gu", ["virgin islands"] = "vi", ["american samoa"] = "as",
        ["northern mariana islands"] = "mp",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The set of codes, lower case.</summary>
    public static FrozenSet<string> Codes { get; } = CodeByName.Values.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Longest state name, in words (for greedy matching).</summary>
    public const int MaxWords = 3;
}
