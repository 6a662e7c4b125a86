using Vigil.Screening.Lists;

namespace Vigil.Screening.Matching;

/// <summary>
/// Deterministic noisy variants of real list names for recall measurement: a typo in one long token, a
/// reordering, a Korean romanization variant (Jong→Chong, Kim→Gim, Pak→Park, Ri→Lee, Choe→Choi, Chol→Cheol,
/// Song→Seong, Hyok→Hyeok, Kyong→Gyeong), a dropped middle name, or a "LAST, First" form.
/// </summary>
public static class NoisyNames
{
    private static readonly Dictionary<string, string> Romanization = new(StringComparer.Ordinal)
    {
        ["jong"] = "chong", ["kim"] = "gim", ["pak"] = "park", ["ri"] = "lee", ["choe"] = "choi", ["chol"] = "cheol",
        ["song"] = "seong", ["hyok"] = "hyeok", ["kyong"] = "gyeong", ["yong"] = "young", ["jon"] = "jeon",
        ["chon"] = "cheon", ["myong"] = "myeong", ["sok"] = "seok", ["hyon"] = "hyeon", ["un"] = "eun", ["chun"] = "cheon",
        ["o"] = "oh", ["jo"] = "cho", ["yun"] = "yoon", ["kang"] = "gang", ["tong"] = "dong", ["chang"] = "jang",
    };

    public static List<(string EntryId, string Name, string Noise)> Generate(IReadOnlyList<ListEntry> entries, int count, Random random)
    {
        var result = new List<(string, string, string)>(count);
        if (entries.Count == 0)
        {
            return result;
        }
        while (result.Count < count)
        {
            var entry = entries[random.Next(entries.Count)];
            var names = entry.AllNames().Where(n => n.Quality == AliasQuality.Strong).Select(n => n.Name).ToList();
            var name = names[random.Next(names.Count)];
            var tokens = NameNormalizer.Tokens(name, entry.Type);
            if (tokens.Length < 2)
            {
                continue;
            }
            var (noisy, kind) = Apply(tokens, entry.Type, random);
            result.Add((entry.Id, noisy, kind));
        }
        return result;
    }

    public static (string Name, string Kind) Apply(string[] tokens, EntityType type, Random random)
    {
        var t = tokens.ToList();
        switch (random.Next(5))
        {
            case 0:
                var longTokens = Enumerable.Range(0, t.Count).Where(i => t[i].Length >= 6).ToList();
                if (longTokens.Count > 0)
                {
                    var i = longTokens[random.Next(longTokens.Count)];
                    t[i] = Typo(t[i], random);
                    return (string.Join(' ', t), "typo");
                }
                goto case 1;
            case 1:
                var first = t[0];
                t.RemoveAt(0);
                t.Add(first);
                return (string.Join(' ', t), "reorder");
            case 2:
                var changed = false;
                for (var i = 0; i < t.Count; i++)
                {
                    if (Romanization.TryGetValue(t[i], out var v))
                    {
                        t[i] = v;
                        changed = true;
                    }
                }
                if (changed)
                {
                    return (string.Join(' ', t), "romanization");
                }
                goto case 1;
            case 3:
                if (t.Count >= 4 && type == EntityType.Person)
                {
                    t.RemoveAt(1);
                    return (string.Join(' ', t), "dropped-middle");
                }
                goto case 1;
            default:
                return ($"{t[^1].ToUpperInvariant()}, {string.Join(' ', t.Take(t.Count - 1))}", "last-first");
        }
    }

    private static string Typo(string token, Random random)
    {
        var chars = token.ToCharArray();
        var i = 1 + random.Next(chars.Length - 2);
        switch (random.Next(3))
        {
            case 0:
                chars[i] = (char)('a' + random.Next(26));
                return new string(chars);
            case 1:
                return token.Remove(i, 1);
            default:
                (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
                return new string(chars);
        }
    }
}
