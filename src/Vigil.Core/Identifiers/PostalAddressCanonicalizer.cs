using System.Collections.Frozen;
using System.Text;

namespace Vigil.Core.Identifiers;

/// <summary>
/// Postal addresses to one comparable line: folded (case, punctuation, diacritics), street types and directionals
/// spelled out, unit designators (<c>Apt</c>, <c>Suite</c>, <c>#</c>, <c>Unit</c>) all <c>unit</c>, US state names
/// as USPS codes, ZIP+4 as <c>94105-1234</c>, ordinal words as numerals (<c>first</c> → <c>1st</c>), US country
/// names as <c>us</c>. Commas are used while reading, then dropped.
/// </summary>
/// <remarks>
/// <para><b>Saint or street.</b> <c>St</c> (and <c>Dr</c>, doctor or drive) is read as <c>saint</c> when it starts
/// a comma-separated part, or follows a house number or another street type, and is followed by a word that is not
/// a street type, unit or directional: <c>St. Louis, MO</c>, <c>12 St Marks Pl</c> and <c>1 Main St St Louis</c>
/// give <c>saint</c>; <c>Main St</c>, <c>5th St Apt 2</c> give <c>street</c>. <c>Ft</c> and <c>Mt</c> always give
/// <c>fort</c> and <c>mount</c>.</para>
/// <para><b>State position.</b> States are looked for only at the end of the address, before the ZIP code and
/// country. There a two-letter code is always the state (so <c>NE</c> stays Nebraska, and <c>12 Oak Ct</c> with no
/// city reads as Connecticut: harmless, since every spelling of it does), while a full name must start its own comma
/// part or precede the ZIP (<c>Seattle, Washington</c>, not <c>123 Washington</c>). <c>New York Ave</c> elsewhere
/// stays a street.</para>
/// </remarks>
public static class PostalAddressCanonicalizer
{
    private static readonly FrozenDictionary<string, string> StreetTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["st"] = "street", ["str"] = "street", ["street"] = "street", ["ave"] = "avenue", ["av"] = "avenue",
        ["avn"] = "avenue", ["avenue"] = "avenue", ["rd"] = "road", ["road"] = "road", ["blvd"] = "boulevard",
        ["boulevard"] = "boulevard", ["dr"] = "drive", ["drv"] = "drive", ["drive"] = "drive", ["ln"] = "lane",
        ["lane"] = "lane", ["ct"] = "court", ["court"] = "court", ["pl"] = "place", ["place"] = "place",
        ["hwy"] = "highway", ["highway"] = "highway", ["pkwy"] = "parkway", ["parkway"] = "parkway",
        ["cir"] = "circle", ["circle"] = "circle", ["ter"] = "terrace", ["terr"] = "terrace", ["terrace"] = "terrace",
        ["sq"] = "square", ["square"] = "square", ["trl"] = "trail", ["trail"] = "trail", ["expy"] = "expressway",
        ["expressway"] = "expressway", ["fwy"] = "freeway", ["freeway"] = "freeway", ["aly"] = "alley",
        ["alley"] = "alley", ["cres"] = "crescent", ["crescent"] = "crescent", ["ctr"] = "center",
        ["center"] = "center", ["centre"] = "center", ["way"] = "way", ["plz"] = "plaza", ["plaza"] = "plaza",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> UnitWords = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["apt"] = "unit", ["apartment"] = "unit", ["ste"] = "unit", ["suite"] = "unit", ["unit"] = "unit",
        ["fl"] = "floor", ["flr"] = "floor", ["floor"] = "floor", ["rm"] = "room", ["room"] = "room",
        ["bldg"] = "building", ["building"] = "building",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Directionals = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["n"] = "north", ["s"] = "south", ["e"] = "east", ["w"] = "west", ["ne"] = "northeast", ["nw"] = "northwest",
        ["se"] = "southeast", ["sw"] = "southwest", ["north"] = "north", ["south"] = "south", ["east"] = "east",
        ["west"] = "west", ["northeast"] = "northeast", ["northwest"] = "northwest", ["southeast"] = "southeast",
        ["southwest"] = "southwest",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Ordinals = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["first"] = "1st", ["second"] = "2nd", ["third"] = "3rd", ["fourth"] = "4th", ["fifth"] = "5th",
        ["sixth"] = "6th", ["seventh"] = "7th", ["eighth"] = "8th", ["ninth"] = "9th", ["tenth"] = "10th",
        ["eleventh"] = "11th", ["twelfth"] = "12th",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string[][] UsCountryNames =
    [
        ["united", "states", "of", "america"], ["united", "states"], ["u", "s", "a"], ["usa"], ["u", "s"], ["us"],
    ];

    public static Identifier Canonicalize(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var tokens = Tokenize(raw);
        if (tokens.Count == 0)
        {
            return new Identifier(IdentifierKind.PostalAddress, "", raw, false, "empty");
        }
        var output = new List<string>(tokens.Count);
        var end = tokens.Count;
        var country = StripUsCountry(tokens, ref end);
        var zipStart = FindZip(tokens, end, out var zip);
        var stateEnd = zipStart >= 0 ? zipStart : end;
        var state = FindState(tokens, stateEnd, out var stateStart);

        for (var i = 0; i < (state is null ? stateEnd : stateStart); i++)
        {
            var word = Expand(tokens, i, output);
            if (word is null)
            {
                continue;
            }
            if (word == "unit" && output.Count > 0 && output[^1] == "unit")
            {
                continue;
            }
            output.Add(word);
        }
        if (state is not null)
        {
            output.Add(state);
        }
        if (zip is not null)
        {
            output.Add(zip);
        }
        for (var i = zipStart >= 0 ? zipStart + (zip!.Length > 5 ? 2 : 1) : end; i < end; i++)
        {
            output.Add(tokens[i].Text);
        }
        if (country)
        {
            output.Add("us");
        }
        MergeUnitLetters(output);
        var value = string.Join(' ', output);
        var hasDigit = value.Any(char.IsDigit);
        return output.Count >= 2
            ? new Identifier(IdentifierKind.PostalAddress, value, raw, true, hasDigit ? null : "no house number or postcode")
            : new Identifier(IdentifierKind.PostalAddress, value, raw, false, "too short");
    }

    private readonly record struct Token(string Text, int Segment, bool SegmentStart);

    private static List<Token> Tokenize(string raw)
    {
        var text = TextFolding.Normalize(raw, NormalizationForm.FormKC)
            .Replace("#", " unit ", StringComparison.Ordinal)
            .Replace("№", " unit ", StringComparison.Ordinal);
        var tokens = new List<Token>();
        var segments = text.Split([',', '\n', '\r', ';', '|']);
        for (var s = 0; s < segments.Length; s++)
        {
            var words = TextFolding.Fold(segments[s]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var w = 0; w < words.Length; w++)
            {
                tokens.Add(new Token(words[w], s, w == 0));
            }
        }
        // "P.O. Box" folds to "p o box"; "post office box" is the long form.
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Text is "p" or "post" && tokens[i + 1].Text is "o" or "office" && tokens[i + 2].Text == "box")
            {
                tokens[i] = tokens[i] with { Text = "po" };
                tokens.RemoveAt(i + 1);
            }
        }
        return tokens;
    }

    private static bool StripUsCountry(List<Token> tokens, ref int end)
    {
        foreach (var name in UsCountryNames)
        {
            var start = end - name.Length;
            // Never take the whole address, and "us" alone needs something before it that looks like a ZIP/state.
            if (start < 2)
            {
                continue;
            }
            var match = true;
            for (var k = 0; k < name.Length && match; k++)
            {
                match = tokens[start + k].Text == name[k];
            }
            if (match)
            {
                end = start;
                return true;
            }
        }
        return false;
    }

    private static int FindZip(List<Token> tokens, int end, out string? zip)
    {
        zip = null;
        for (var i = end - 1; i >= Math.Max(1, end - 2); i--)
        {
            var t = tokens[i].Text;
            if (t.Length == 5 && t.All(char.IsAsciiDigit))
            {
                if (i + 1 < end && tokens[i + 1].Text.Length == 4 && tokens[i + 1].Text.All(char.IsAsciiDigit))
                {
                    zip = $"{t}-{tokens[i + 1].Text}";
                    return i;
                }
                if (i == end - 1)
                {
                    zip = t;
                    return i;
                }
            }
        }
        return -1;
    }

    private static string? FindState(List<Token> tokens, int end, out int start)
    {
        start = end;
        for (var words = UsStates.MaxWords; words >= 1; words--)
        {
            var s = end - words;
            if (s < 1)
            {
                continue;
            }
            var name = string.Join(' ', tokens.Skip(s).Take(words).Select(t => t.Text));
            // A two-letter code at the end is a state wherever it stands: canonical values lose their commas, and a
            // code must read the same when the value is canonicalized again.
            if (words == 1 && UsStates.Codes.Contains(name))
            {
                start = s;
                return name;
            }
            // A state name only where a state stands: its own comma part ("Seattle, Washington") or before the ZIP.
            if ((tokens[s].SegmentStart || end < tokens.Count && IsZipToken(tokens[end].Text))
                && UsStates.CodeByName.TryGetValue(name, out var code))
            {
                start = s;
                return code;
            }
        }
        return null;
    }

    private static bool IsZipToken(string t) => t.Length >= 5 && t[..5].All(char.IsAsciiDigit);

    private static string? Expand(List<Token> tokens, int i, List<string> output)
    {
        var t = tokens[i].Text;
        var previous = output.Count > 0 ? output[^1] : null;
        if (UnitWords.TryGetValue(t, out var unit))
        {
            return unit;
        }
        if (t is "st" or "dr")
        {
            return IsSaintPosition(tokens, i) ? (t == "st" ? "saint" : "doctor") : StreetTypes[t];
        }
        if (t == "ft")
        {
            return "fort";
        }
        if (t == "mt")
        {
            return "mount";
        }
        if (StreetTypes.TryGetValue(t, out var street))
        {
            return street;
        }
        // A letter after a unit designator is the unit itself ("Apt E"), not a direction.
        if (Directionals.TryGetValue(t, out var direction) && previous is not ("unit" or "floor" or "room" or "building"))
        {
            return direction;
        }
        return Ordinals.TryGetValue(t, out var ordinal) ? ordinal : t;
    }

    private static bool IsSaintPosition(List<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Count || tokens[i + 1].Segment != tokens[i].Segment)
        {
            return false;
        }
        var next = tokens[i + 1].Text;
        if (!char.IsLetter(next[0]) || StreetTypes.ContainsKey(next) || UnitWords.ContainsKey(next) || Directionals.ContainsKey(next))
        {
            return false;
        }
        if (tokens[i].SegmentStart)
        {
            return true;
        }
        var prev = tokens[i - 1].Text;
        return IsHouseNumber(prev) || StreetTypes.ContainsKey(prev);
    }

    private static bool IsHouseNumber(string t) =>
        char.IsAsciiDigit(t[0]) && !(t.Length > 2 && t[^2..] is "st" or "nd" or "rd" or "th" && t[..^2].All(char.IsAsciiDigit));

    // "Apt 5-B" folds to "unit 5 b"; "Apt 5B" to "unit 5b": join the letter back when it ends the address or a part.
    private static void MergeUnitLetters(List<string> output)
    {
        for (var i = 0; i + 2 < output.Count; i++)
        {
            if (output[i] == "unit" && output[i + 1].All(char.IsAsciiDigit) && output[i + 2].Length == 1
                && char.IsAsciiLetter(output[i + 2][0]))
            {
                output[i + 1] += output[i + 2];
                output.RemoveAt(i + 2);
            }
        }
    }
}
