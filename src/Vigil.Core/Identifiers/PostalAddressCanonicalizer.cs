namespace Vigil.Core.Identifiers;

/// <summary>Postal addresses: folded text with common street-type abbreviations expanded.</summary>
public static class PostalAddressCanonicalizer
{
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["st"] = "street", ["str"] = "street", ["ave"] = "avenue", ["av"] = "avenue", ["rd"] = "road", ["blvd"] = "boulevard",
        ["dr"] = "drive", ["ln"] = "lane", ["ct"] = "court", ["pl"] = "place", ["hwy"] = "highway", ["pkwy"] = "parkway",
        ["apt"] = "unit", ["apartment"] = "unit", ["ste"] = "unit", ["suite"] = "unit", ["unit"] = "unit", ["no"] = "number",
        ["n"] = "north", ["s"] = "south", ["e"] = "east", ["w"] = "west",
    };

    public static Identifier Canonicalize(string raw)
    {
        var folded = TextFolding.Fold(raw.Replace("#", " unit ", StringComparison.Ordinal));
        var tokens = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(t => Abbreviations.TryGetValue(t, out var full) ? full : t);
        var value = string.Join(' ', tokens);
        return new Identifier(IdentifierKind.PostalAddress, value, raw, value.Length >= 5);
    }
}
