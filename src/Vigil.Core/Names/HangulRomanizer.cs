using System.Text;

namespace Vigil.Core.Names;

/// <summary>
/// Hangul to Latin letters, syllable by syllable (Unicode precomposed block U+AC00..U+D7A3: initial, medial and
/// final jamo are arithmetic), in Revised Romanization or sanctions-list McCune-Reischauer. Names are romanized
/// as names: the first syllable (or a known two-syllable surname) is the surname, spelled the usual way
/// (김 Kim, 이 Ri/Lee, 박 Pak/Park), and the given-name syllables are separate tokens ("Jong Un").
/// Pure, allocation-light, thread-safe.
/// </summary>
public static class HangulRomanizer
{
    private static readonly string[] InitialsRr = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];
    private static readonly string[] InitialsMr = ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];
    private static readonly string[] MedialsRr = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"];
    private static readonly string[] MedialsMr = ["a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u", "ui", "i"];
    private static readonly string[] Finals = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"];

    // Customary surname spellings: (Revised, McCune-Reischauer/DPRK).
    private static readonly Dictionary<string, (string Rr, string Mr)> Surnames = new(StringComparer.Ordinal)
    {
        ["김"] = ("Kim", "Kim"), ["이"] = ("Lee", "Ri"), ["리"] = ("Lee", "Ri"), ["박"] = ("Park", "Pak"),
        ["최"] = ("Choi", "Choe"), ["정"] = ("Jeong", "Jong"), ["조"] = ("Cho", "Jo"), ["강"] = ("Kang", "Kang"),
        ["윤"] = ("Yoon", "Yun"), ["장"] = ("Jang", "Jang"), ["임"] = ("Lim", "Rim"), ["림"] = ("Lim", "Rim"),
        ["한"] = ("Han", "Han"), ["오"] = ("Oh", "O"), ["신"] = ("Shin", "Sin"), ["서"] = ("Seo", "So"),
        ["권"] = ("Kwon", "Kwon"), ["황"] = ("Hwang", "Hwang"), ["안"] = ("Ahn", "An"), ["송"] = ("Song", "Song"),
        ["전"] = ("Jeon", "Jon"), ["홍"] = ("Hong", "Hong"), ["류"] = ("Ryu", "Ryu"), ["유"] = ("Yoo", "Yu"),
        ["고"] = ("Ko", "Ko"), ["문"] = ("Moon", "Mun"), ["양"] = ("Yang", "Yang"), ["손"] = ("Son", "Son"),
        ["배"] = ("Bae", "Pae"), ["백"] = ("Baek", "Paek"), ["허"] = ("Heo", "Ho"), ["노"] = ("Noh", "No"),
        ["로"] = ("Roh", "Ro"), ["남"] = ("Nam", "Nam"), ["심"] = ("Shim", "Sim"), ["주"] = ("Joo", "Ju"),
        ["우"] = ("Woo", "U"), ["구"] = ("Koo", "Ku"), ["현"] = ("Hyun", "Hyon"), ["명"] = ("Myung", "Myong"),
        ["방"] = ("Bang", "Pang"), ["변"] = ("Byun", "Pyon"), ["차"] = ("Cha", "Cha"), ["곽"] = ("Kwak", "Kwak"),
        ["성"] = ("Sung", "Song"), ["민"] = ("Min", "Min"), ["진"] = ("Jin", "Jin"), ["지"] = ("Ji", "Ji"),
        ["엄"] = ("Eom", "Om"), ["채"] = ("Chae", "Chae"), ["원"] = ("Won", "Won"), ["천"] = ("Cheon", "Chon"),
        ["방"] = ("Bang", "Pang"), ["용"] = ("Yong", "Yong"), ["석"] = ("Seok", "Sok"), ["선"] = ("Sun", "Son"),
        ["설"] = ("Seol", "Sol"), ["마"] = ("Ma", "Ma"), ["길"] = ("Gil", "Kil"), ["연"] = ("Yeon", "Yon"),
        ["위"] = ("Wi", "Wi"), ["표"] = ("Pyo", "Pyo"), ["명"] = ("Myung", "Myong"), ["기"] = ("Ki", "Ki"),
        ["반"] = ("Ban", "Pan"), ["라"] = ("Ra", "Ra"), ["나"] = ("Na", "Ra"), ["왕"] = ("Wang", "Wang"),
        ["금"] = ("Geum", "Kum"), ["옥"] = ("Ok", "Ok"), ["육"] = ("Yuk", "Ryuk"), ["인"] = ("In", "In"),
        ["맹"] = ("Maeng", "Maeng"), ["제"] = ("Je", "Je"), ["모"] = ("Mo", "Mo"), ["탁"] = ("Tak", "Thak"),
        ["국"] = ("Kook", "Kuk"), ["여"] = ("Yeo", "Ryo"), ["어"] = ("Eo", "O"), ["은"] = ("Eun", "Un"),
        ["편"] = ("Pyeon", "Phyon"), ["용"] = ("Yong", "Yong"), ["예"] = ("Ye", "Ye"), ["봉"] = ("Bong", "Pong"),
        ["경"] = ("Kyung", "Kyong"), ["사"] = ("Sa", "Sa"), ["부"] = ("Boo", "Pu"), ["황보"] = ("Hwangbo", "Hwangbo"),
        ["남궁"] = ("Namgung", "Namgung"), ["선우"] = ("Sunwoo", "Sonu"), ["제갈"] = ("Jegal", "Jegal"),
        ["독고"] = ("Dokgo", "Tokko"), ["사공"] = ("Sagong", "Sagong"), ["서문"] = ("Seomun", "Somun"),
    };

    public static bool IsHangulSyllable(char c) => c is >= '\uAC00' and <= '\uD7A3';

    /// <summary>True when the text contains at least one Hangul syllable.</summary>
    public static bool ContainsHangul(string text)
    {
        foreach (var c in text)
        {
            if (IsHangulSyllable(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Romanizes Hangul syllables and leaves other characters as they are. Syllables of one word are
    /// joined (가방 → gabang); use <see cref="RomanizeName"/> for personal names.</summary>
    public static string Romanize(string text, KoreanRomanization system)
    {
        var sb = new StringBuilder(text.Length * 3);
        foreach (var c in text)
        {
            if (IsHangulSyllable(c))
            {
                AppendSyllable(sb, c, system);
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// Romanizes a personal name: a Hangul word becomes surname + given-name syllables as separate tokens
    /// (김정은 → "Kim Jong Un" in <see cref="KoreanRomanization.McCuneReischauer"/>, "Kim Jeong Eun" in
    /// <see cref="KoreanRomanization.Revised"/>). Words already spaced (김 정은) keep their split. Non-Hangul
    /// words pass through.
    /// </summary>
    public static string RomanizeName(string name, KoreanRomanization system)
    {
        var words = name.Split([' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var parts = new List<string>();
        var surnameDone = false;
        foreach (var word in words)
        {
            if (!ContainsHangul(word))
            {
                parts.Add(word);
                continue;
            }
            var start = 0;
            if (!surnameDone)
            {
                surnameDone = true;
                var len = word.Length >= 3 && Surnames.ContainsKey(word[..2]) ? 2 : 1;
                if (Surnames.TryGetValue(word[..len], out var s))
                {
                    parts.Add(system == KoreanRomanization.Revised ? s.Rr : s.Mr);
                }
                else
                {
                    parts.Add(Capitalize(Romanize(word[..len], system)));
                }
                start = len;
                if (word.Length == len)
                {
                    continue;
                }
            }
            for (var i = start; i < word.Length; i++)
            {
                parts.Add(IsHangulSyllable(word[i]) ? Capitalize(Romanize(word[i].ToString(), system)) : word[i].ToString());
            }
        }
        return string.Join(' ', parts);
    }

    private static void AppendSyllable(StringBuilder sb, char c, KoreanRomanization system)
    {
        var index = c - '\uAC00';
        var initial = index / 588;
        var medial = index % 588 / 28;
        var final = index % 28;
        sb.Append(system == KoreanRomanization.Revised ? InitialsRr[initial] : InitialsMr[initial]);
        sb.Append(system == KoreanRomanization.Revised ? MedialsRr[medial] : MedialsMr[medial]);
        sb.Append(Finals[final]);
    }

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
