using AwesomeAssertions;
using Vigil.Cli.Commands;
using Vigil.Core.Linking.Text;
using Vigil.TestSupport;

namespace Vigil.DataTests.Linking;

/// <summary>
/// PRF-03 near-duplicate résumés on the real Kaggle résumé corpus (962 rows, 166 distinct texts): the LSH index
/// against exact all-pairs Jaccard, and against the corpus's exact-duplicate groups as ground truth.
/// </summary>
public sealed class ResumeCorpusTests(ITestOutputHelper output)
{
    private static List<string> LoadResumes() =>
        BenchLshCommand.ReadCorpus(Path.Combine(SharedData.RequireDirectory("resume-corpus-updatedresumedataset"), "UpdatedResumeDataSet.csv"));

    [Fact]
    public void AllPairs_recall_at_least_95_percent_of_exact_pairs_at_jaccard_08()
    {
        var texts = LoadResumes();
        texts.Should().HaveCount(962);
        var index = new NearDuplicateIndex(new NearDuplicateOptions { Threshold = 0.8 });
        var ids = texts.Select((_, i) => new Guid(i, 0, 0, new byte[8])).ToArray();
        for (var i = 0; i < texts.Count; i++)
        {
            index.Add(ids[i], texts[i]);
        }
        var sets = texts.Select(index.ShingleSet).ToArray();
        var exact = new HashSet<(int, int)>();
        for (var i = 0; i < sets.Length; i++)
        {
            for (var j = i + 1; j < sets.Length; j++)
            {
                if (Shingler.Jaccard<uint>(sets[i], sets[j]) >= 0.8)
                {
                    exact.Add((i, j));
                }
            }
        }
        var row = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var found = index.AllPairs(0.8).Select(p => (row[p.A], row[p.B])).ToHashSet();
        var truePositives = found.Count(exact.Contains);
        var recall = (double)truePositives / exact.Count;
        var precision = found.Count == 0 ? 0 : (double)truePositives / found.Count;
        output.WriteLine($"exact pairs ≥0.8: {exact.Count}; LSH found {found.Count}; recall {recall:F4}; precision {precision:F4}; bands {index.Parameters}");
        exact.Count.Should().BeGreaterThan(1000);
        recall.Should().BeGreaterThanOrEqualTo(0.95);
        precision.Should().Be(1.0, "every reported pair is confirmed by exact Jaccard");
    }

    [Fact]
    public void AllPairs_recovers_the_exact_duplicate_groups()
    {
        var texts = LoadResumes();
        var index = new NearDuplicateIndex(new NearDuplicateOptions());
        for (var i = 0; i < texts.Count; i++)
        {
            index.Add(new Guid(i, 0, 0, new byte[8]), texts[i]);
        }
        // Ground truth: rows with identical whitespace-collapsed, lower-cased text (the corpus's duplicate groups).
        var key = texts.Select(t => string.Join(' ', t.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToArray();
        var truth = 0;
        for (var i = 0; i < key.Length; i++)
        {
            for (var j = i + 1; j < key.Length; j++)
            {
                if (key[i] == key[j] && key[i].Length > 0)
                {
                    truth++;
                }
            }
        }
        var identical = index.AllPairs(1.0).Count;
        output.WriteLine($"ground-truth duplicate pairs {truth}; LSH pairs at Jaccard 1.0: {identical}");
        identical.Should().BeGreaterThanOrEqualTo(truth);
    }
}
