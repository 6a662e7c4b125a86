using System.Globalization;
using System.Text.Json;
using AwesomeAssertions;
using Vigil.Cli.Commands;
using Vigil.Screening.Lists;
using Vigil.Screening.Matching;
using Vigil.TestSupport;

namespace Vigil.DataTests.Screening;

/// <summary>Accuracy on real data: peers' test vectors, yente's synthetic negatives (false-positive rate) and noisy
/// variants of real DPRK-program names (recall), at the default threshold.</summary>
public sealed class ScreeningAccuracyTests(ITestOutputHelper output)
{
    private static readonly Lazy<(WatchlistIndex Index, List<ListEntry> Entries)> Lists = new(() =>
    {
        var loaded = ListLoader.Load(BenchMatchCommand.ListFiles(SharedData.Directory!));
        return (WatchlistIndex.Build(loaded.Entries), loaded.Entries);
    });

    private static IEnumerable<string[]> Csv(string path)
    {
        // Fields are taken verbatim (some vectors have significant trailing spaces); quotes only wrap commas.
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            var fields = new List<string>();
            var field = new System.Text.StringBuilder();
            var quoted = false;
            foreach (var c in line)
            {
                if (c == '"') { quoted = !quoted; }
                else if (c == ',' && !quoted) { fields.Add(field.ToString()); field.Clear(); }
                else { field.Append(c); }
            }
            fields.Add(field.ToString());
            yield return fields.ToArray();
        }
    }

    [Fact]
    public void Jellyfish_textbookVectors_match()
    {
        var dir = SharedData.RequireDirectory("peer-name-matching-tests/jellyfish");
        foreach (var r in Csv(Path.Combine(dir, "jaro_winkler.csv")))
        {
            StringSimilarity.JaroWinkler(r[0], r[1]).Should().BeApproximately(double.Parse(r[2], CultureInfo.InvariantCulture), 0.001, $"{r[0]} {r[1]}");
        }
        foreach (var r in Csv(Path.Combine(dir, "jaro_distance.csv")))
        {
            StringSimilarity.Jaro(r[0], r[1]).Should().BeApproximately(double.Parse(r[2], CultureInfo.InvariantCulture), 0.001, $"{r[0]} {r[1]}");
        }
        foreach (var r in Csv(Path.Combine(dir, "levenshtein.csv")))
        {
            StringSimilarity.Levenshtein(r[0], r[1]).Should().Be(int.Parse(r[2], CultureInfo.InvariantCulture), $"{r[0]} {r[1]}");
        }
        foreach (var r in Csv(Path.Combine(dir, "damerau_levenshtein.csv")))
        {
            StringSimilarity.DamerauLevenshtein(r[0], r[1]).Should().Be(int.Parse(r[2], CultureInfo.InvariantCulture), $"{r[0]} {r[1]}");
        }
        foreach (var r in Csv(Path.Combine(dir, "soundex.csv")))
        {
            if (r[0].Length > 0 && !char.IsLetter(r[0].Normalize(System.Text.NormalizationForm.FormKD)[0]))
            {
                continue; // jellyfish keeps a leading non-letter ("¿000"); names never start with one after folding
            }
            StringSimilarity.Soundex(r[0]).Should().Be(r[1], r[0]);
        }
    }

    [Fact]
    public void Watchman_soundexCases_match()
    {
        var file = Path.Combine(SharedData.RequireDirectory("peer-name-matching-tests/watchman"), "watchman_test_cases.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        var failures = new List<string>();
        foreach (var c in doc.RootElement.GetProperty("soundex_cases").EnumerateArray())
        {
            var input = c.GetProperty("input").GetString()!;
            var expected = c.GetProperty("expected_soundex").GetString()!;
            if (StringSimilarity.Soundex(input) != expected)
            {
                failures.Add($"{input}: expected {expected}, got {StringSimilarity.Soundex(input)}");
            }
        }
        output.WriteLine(string.Join("\n", failures));
        failures.Count.Should().BeLessThanOrEqualTo(3, "watchman's Soundex differs from the textbook on a few edge inputs");
    }

    [Fact]
    public void Watchman_jaroWinklerCases_sameDecisionAsWatchmanMostly()
    {
        var file = Path.Combine(SharedData.RequireDirectory("peer-name-matching-tests/watchman"), "watchman_test_cases.json");
        var index = Lists.Value.Index;
        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        int agree = 0, total = 0;
        foreach (var c in doc.RootElement.GetProperty("jaro_winkler_cases").EnumerateArray())
        {
            if (!c.TryGetProperty("expected_score", out var e) || e.ValueKind != JsonValueKind.Number)
            {
                continue;
            }
            var query = c.GetProperty("query").GetString()!;
            var indexed = c.GetProperty("indexed").GetString()!;
            var ours = index.ScoreNames(query, indexed);
            var theirs = e.GetDouble();
            // Compare decisions only where watchman is clear either way; its 0.6-0.9 band is a grey zone it
            // leaves to the caller's minMatch.
            if (theirs is > 0.6 and < 0.9)
            {
                continue;
            }
            total++;
            var same = (ours >= MatchOptions.DefaultThreshold) == (theirs >= 0.9);
            agree += same ? 1 : 0;
            if (!same)
            {
                output.WriteLine($"{query} | {indexed}: watchman {theirs:0.000}, vigil {ours:0.000}");
            }
        }
        output.WriteLine($"agreement {agree}/{total}");
        (agree / (double)total).Should().BeGreaterThanOrEqualTo(0.8);
    }

    [Fact]
    public void YenteNegatives_falsePositiveRate_atMostHalfPercent()
    {
        var dir = SharedData.RequireDirectory("peer-name-matching-tests/yente-negatives");
        var index = Lists.Value.Index;
        var rows = new[] { "negatives_global.csv", "negatives_us.csv" }
            .SelectMany(f => File.ReadLines(Path.Combine(dir, f)).Skip(1)).Select(l => l.Split(',')).Where(r => r.Length >= 8).ToArray();
        var nameOnly = new bool[rows.Length];
        var qualified = new bool[rows.Length];
        Parallel.For(0, rows.Length, i =>
        {
            var r = rows[i];
            nameOnly[i] = index.Match(new MatchQuery { Name = r[0] }).Any(m => m.IsMatch);
            if (nameOnly[i])
            {
                qualified[i] = index.Match(new MatchQuery
                {
                    Name = r[0],
                    DateOfBirth = DateOnly.TryParse(r[5], CultureInfo.InvariantCulture, out var d) ? d : null,
                    Country = r[7],
                    Gender = r[4],
                    Type = EntityType.Person,
                }).Any(m => m.IsMatch);
            }
        });
        var fprName = nameOnly.Count(x => x) / (double)rows.Length;
        var fprQualified = qualified.Count(x => x) / (double)rows.Length;
        output.WriteLine($"{rows.Length} negatives: FPR name only {fprName:P3}, with DOB/nationality/gender {fprQualified:P3}");
        foreach (var i in Enumerable.Range(0, rows.Length).Where(i => qualified[i]).Take(20))
        {
            output.WriteLine("  " + rows[i][0]);
        }
        rows.Length.Should().Be(100_000);
        fprQualified.Should().BeLessThanOrEqualTo(0.005);
    }

    [Fact]
    public void DprkNames_noisyVariants_recallAtLeast98Percent()
    {
        SharedData.RequireDirectory("ofac-sdn");
        var (index, entries) = Lists.Value;
        var dprk = entries.Where(e => e.Programs.Any(p => p.StartsWith("DPRK", StringComparison.Ordinal)) && e.Name.Length > 0
            && e.Type is EntityType.Person or EntityType.Organization).ToList();
        var variants = NoisyNames.Generate(dprk, 3000, new Random(7));
        var missed = new List<string>();
        foreach (var (id, name, noise) in variants)
        {
            if (!index.Match(new MatchQuery { Name = name }).Any(m => m.IsMatch && m.EntryId == id))
            {
                missed.Add($"{noise}: {name} ({id})");
            }
        }
        var recall = 1 - missed.Count / (double)variants.Count;
        output.WriteLine($"{dprk.Count} DPRK-program entries, {variants.Count} noisy variants: recall {recall:P2}");
        foreach (var m in missed.Take(30))
        {
            output.WriteLine("  missed " + m);
        }
        recall.Should().BeGreaterThanOrEqualTo(0.98);
    }

    [Fact]
    public void KoreanRomanizationVariants_ofRealDprkPeople_areFound()
    {
        SharedData.RequireDirectory("ofac-sdn");
        var index = Lists.Value.Index;
        (string Query, string Expected)[] cases =
        [
            ("Chong Song Hwa", "ofac-sdn:24979"),
            ("Jeong Seong-hwa", "ofac-sdn:24979"),
            ("정성화", "ofac-sdn:24979"),
            ("Sim Hyeon Seop", "ofac-sdn:42498"),
            ("Chinyong IT Cooperation Company", "ofac-sdn:43379"),
            ("Jinyong Information Technology Cooperation Company", "ofac-sdn:43379"),
            ("Yanbian Silverstar Network Technology", "ofac-sdn:24977"),
        ];
        foreach (var (query, expected) in cases)
        {
            index.Match(new MatchQuery { Name = query }).Should().Contain(m => m.EntryId == expected && m.IsMatch, query);
        }
    }
}
