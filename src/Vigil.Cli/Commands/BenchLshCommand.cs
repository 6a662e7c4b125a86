using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Vigil.Core.Linking.Text;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil bench lsh</c>: the résumé MinHash/LSH index against exact all-pairs Jaccard on documents derived from the
/// real résumé corpus (<c>../shared/data/resume-corpus-updatedresumedataset</c>): each document is one of the corpus
/// texts with a random share of its words replaced, so near-duplicate groups span the whole Jaccard range. Reports
/// LSH time (index + all pairs), exact all-pairs time (measured on sampled rows against all others and extrapolated
/// to every pair when full enumeration would take too long), recall and precision at the threshold on the sampled
/// rows, and the speed-up.
/// </summary>
public static class BenchLshCommand
{
    public static Command Create()
    {
        var command = new Command("lsh", "Benchmark the résumé LSH index against exact all-pairs Jaccard (recall, precision, speed-up)");
        var documents = new Option<int>("--documents") { Description = "Documents to index (default 100,000)", DefaultValueFactory = _ => 100_000 };
        var sample = new Option<int>("--sample") { Description = "Rows compared exactly with every other row (default 200)", DefaultValueFactory = _ => 200 };
        var threshold = new Option<double>("--threshold") { Description = "Jaccard threshold (default 0.8)", DefaultValueFactory = _ => 0.8 };
        var corpus = new Option<string?>("--corpus") { Description = "UpdatedResumeDataSet.csv (default: ../shared/data/resume-corpus-updatedresumedataset/ next to the repo, or $VIGIL_SHARED_DATA)" };
        var seed = new Option<int>("--seed") { Description = "Perturbation seed (default 7)", DefaultValueFactory = _ => 7 };
        var json = new Option<bool>("--json") { Description = "Print the results as JSON" };
        foreach (var o in new Option[] { documents, sample, threshold, corpus, seed, json })
        {
            command.Options.Add(o);
        }
        command.SetAction((parse, ct) =>
        {
            var path = parse.GetValue(corpus) ?? DefaultCorpus();
            if (!File.Exists(path))
            {
                throw new CliException($"{path}: résumé corpus not found (pass --corpus)", 2);
            }
            var n = parse.GetValue(documents);
            var t = parse.GetValue(threshold);
            var texts = Derive(ReadCorpus(path).Where(t => t.Length > 200).Distinct(StringComparer.Ordinal).ToList(), n, parse.GetValue(seed));
            var index = new NearDuplicateIndex(new NearDuplicateOptions { Threshold = t });
            var ids = Enumerable.Range(0, n).Select(i => new Guid(i, 0, 0, new byte[8])).ToArray();

            var clock = Stopwatch.StartNew();
            var prepared = new PreparedText[n];
            Parallel.For(0, n, new ParallelOptions { CancellationToken = ct }, i => prepared[i] = index.Prepare(texts[i]));
            for (var i = 0; i < n; i++)
            {
                index.Add(ids[i], prepared[i]);
            }
            var pairs = index.AllPairs(t);
            var lshSeconds = clock.Elapsed.TotalSeconds;

            // Exact: every sampled row against every other row, on the same shingle sets (the sets are free: LSH built them).
            var rows = Math.Min(parse.GetValue(sample), n);
            var rng = new Random(parse.GetValue(seed));
            var sampled = Enumerable.Range(0, n).OrderBy(_ => rng.Next()).Take(rows).ToArray();
            var exact = new HashSet<(int, int)>();
            var gate = new Lock();
            clock.Restart();
            Parallel.ForEach(sampled, new ParallelOptions { CancellationToken = ct }, r =>
            {
                var local = new List<(int, int)>();
                for (var j = 0; j < n; j++)
                {
                    if (j != r && Shingler.Jaccard<uint>(prepared[r].Set, prepared[j].Set) >= t)
                    {
                        local.Add((Math.Min(r, j), Math.Max(r, j)));
                    }
                }
                lock (gate)
                {
                    exact.UnionWith(local);
                }
            });
            var sampleSeconds = clock.Elapsed.TotalSeconds;
            var comparisons = (double)rows * (n - 1);
            var allPairs = (double)n * (n - 1) / 2;
            var exactSeconds = sampleSeconds / comparisons * allPairs;

            var sampledSet = sampled.ToHashSet();
            var row = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
            var found = pairs.Select(p => (Math.Min(row[p.A], row[p.B]), Math.Max(row[p.A], row[p.B])))
                .Where(p => sampledSet.Contains(p.Item1) || sampledSet.Contains(p.Item2))
                .ToHashSet();
            var truePositives = found.Count(exact.Contains);
            var result = new
            {
                documents = n,
                threshold = t,
                bands = index.Parameters.Bands,
                rows_per_band = index.Parameters.Rows,
                lsh_seconds = Math.Round(lshSeconds, 2),
                lsh_pairs = pairs.Count,
                lsh_candidates_checked = index.CandidatesChecked,
                exact_sampled_rows = rows,
                exact_sample_seconds = Math.Round(sampleSeconds, 2),
                exact_all_pairs_seconds_extrapolated = Math.Round(exactSeconds, 0),
                speedup = Math.Round(exactSeconds / lshSeconds, 1),
                exact_pairs_on_sampled_rows = exact.Count,
                recall = exact.Count == 0 ? 1 : Math.Round((double)truePositives / exact.Count, 4),
                precision = found.Count == 0 ? 1 : Math.Round((double)truePositives / found.Count, 4),
                note = "exact all-pairs time = sampled rows × all documents, scaled to n(n−1)/2 pairs; both sides use every core",
                load_average = BenchScreenCommand.LoadAverage(),
            };
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
            }
            else
            {
                AnsiConsole.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                    $"{n:N0} documents: LSH {result.lsh_seconds} s ({result.lsh_pairs:N0} pairs ≥ {t}); exact all-pairs ≈ {result.exact_all_pairs_seconds_extrapolated:N0} s; speed-up {result.speedup}×; recall {result.recall}, precision {result.precision} on {rows} sampled rows; load {result.load_average}")));
            }
            return Task.FromResult(0);
        });
        return command;
    }

    private static string DefaultCorpus()
    {
        var shared = Environment.GetEnvironmentVariable("VIGIL_SHARED_DATA") is { Length: > 0 } s ? s
            : Path.Combine(Environment.GetEnvironmentVariable("VIGIL_REPO") ?? ".", "..", "shared", "data");
        return Path.Combine(shared, "resume-corpus-updatedresumedataset", "UpdatedResumeDataSet.csv");
    }

    /// <summary>The <c>Resume</c> column (second) of every row of the corpus CSV, in file order: RFC 4180 quoting,
    /// fields span lines. Shared with the data tests.</summary>
    public static List<string> ReadCorpus(string path)
    {
        var text = File.ReadAllText(path);
        var texts = new List<string>();
        var field = new System.Text.StringBuilder();
        var column = 0;
        var quoted = false;
        var header = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    column++;
                    field.Clear();
                    break;
                case '\n':
                    if (!header && column == 1)
                    {
                        texts.Add(field.ToString());
                    }
                    header = false;
                    column = 0;
                    field.Clear();
                    break;
                case '\r':
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }
        if (!header && column == 1 && field.Length > 0)
        {
            texts.Add(field.ToString());
        }
        return texts;
    }

    /// <summary>Documents from corpus texts: base text i mod distinct, each word replaced with probability drawn per
    /// document from [0, 0.3] (so Jaccard to the base spans roughly 0.3–1.0), deterministic in the seed.</summary>
    private static string[] Derive(List<string> corpus, int n, int seed)
    {
        var words = corpus.Select(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var result = new string[n];
        Parallel.For(0, n, i =>
        {
            // Not HashCode.Combine: it is seeded per process, and the same --seed must give the same documents in every run.
            var rng = new Random(unchecked(seed * 1_000_003 + i));
            var baseWords = words[i % words.Length];
            var rate = rng.NextDouble() * 0.3;
            var copy = new string[baseWords.Length];
            for (var w = 0; w < copy.Length; w++)
            {
                copy[w] = rng.NextDouble() < rate ? "w" + rng.Next(1_000_000).ToString(CultureInfo.InvariantCulture) : baseWords[w];
            }
            result[i] = string.Join(' ', copy);
        });
        return result;
    }
}
