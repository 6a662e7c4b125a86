using BenchmarkDotNet.Attributes;
using Vigil.Screening.Lists;
using Vigil.Screening.Matching;

namespace Vigil.Benchmarks.Screening;

/// <summary>
/// The name scorer on its own (token alignment with Korean romanization keys and Jaro-Winkler) and one indexed query
/// over a small synthetic list, so scorer regressions show without the shared data. Full-list throughput is measured
/// by <c>vigil bench match</c>. Run: <c>dotnet run -c Release --project bench/Vigil.Benchmarks -- --filter '*NameScorer*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class NameScorerBenchmarks
{
    private WatchlistIndex _index = null!;
    private NameToken[] _query = null!;
    private NameToken[] _candidate = null!;
    private NameToken[] _far = null!;
    private readonly MatchQuery _match = new() { Name = "Jong Songhwa" };

    [GlobalSetup]
    public void Setup()
    {
        // Token-shaped names only (no real list data needed): the scorer's cost depends on token counts and lengths.
        string[] family = ["KIM", "PAK", "RI", "CHOE", "JONG", "HAN", "KANG", "YUN", "SONG", "O"];
        string[] given = ["Yong Chol", "Song Hwa", "Il Nam", "Kwang Chun", "Jin", "Chol Min", "Hyon Sop", "Myong Ho", "Un Hui", "Tae Song"];
        var entries = new List<ListEntry>();
        for (var i = 0; i < 2000; i++)
        {
            entries.Add(new ListEntry
            {
                Id = "bench:" + i, Source = "bench", SourceId = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Name = $"{family[i % family.Length]}, {given[i / family.Length % given.Length]} {i}", Type = EntityType.Person,
            });
        }
        _index = WatchlistIndex.Build(entries);
        _query = _index.QueryTokens("Jong Songhwa");
        _candidate = _index.QueryTokens("JONG, Song Hwa");
        _far = _index.QueryTokens("Maria Fernanda Gonzalez");
    }

    [Benchmark(Baseline = true)]
    public double ScoreVariant() => NameScorer.Score(_query, _candidate);

    [Benchmark]
    public double ScoreUnrelated() => NameScorer.Score(_query, _far);

    [Benchmark]
    public int IndexedQuery() => _index.Match(_match).Count;
}
