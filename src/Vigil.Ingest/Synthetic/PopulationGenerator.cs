using System.Globalization;
using System.Text;
using Vigil.Ingest.Applicants;

namespace Vigil.Ingest.Synthetic;

/// <summary>
/// Generates a synthetic population: ordinary applicants, planted DPRK-pattern personas, benign look-alikes, and
/// (with workers) hired workers with their logs. Deterministic: output bytes depend only on the options.
/// </summary>
/// <remarks>
/// Each person is built from its own forked stream (<see cref="SynthRandom.Fork"/>), the list is shuffled by a
/// separate stream, then ids are assigned, so ids say nothing about persona type. Photos are encoded in parallel;
/// each file is a pure function of its spec, so parallelism does not affect bytes.
/// </remarks>
public sealed class PopulationGenerator(SynthOptions options)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public SynthSummary Generate(CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.Applicants);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Workers);
        Directory.CreateDirectory(options.OutputDirectory);
        var applicants = BuildApplicants();
        var workers = new WorkerGenerator(options).BuildWorkers();
        var files = new List<string>();
        var photos = options.WritePhotos ? WritePhotos(applicants.Concat(workers).ToList(), cancellationToken) : 0;
        if (!options.WritePhotos)
        {
            foreach (var p in applicants.Concat(workers))
            {
                p.Face = null;
            }
        }
        files.Add(WriteApplicants(applicants, "applicants"));
        if (options.Workers > 0)
        {
            files.Add(WriteApplicants(workers, "workers"));
        }
        files.Add(WriteLabels(applicants.Concat(workers)));
        long events = 0;
        if (options.Workers > 0)
        {
            var logs = new WorkerLogWriter(options, workers);
            events = logs.WriteAll(files);
        }
        var all = applicants.Concat(workers).ToList();
        return new SynthSummary(
            applicants.Count,
            workers.Count,
            all.GroupBy(p => p.Persona).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            all.GroupBy(p => p.Scenario).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            photos,
            events,
            files);
    }

    internal List<PersonDraft> BuildApplicants()
    {
        var n = options.Applicants;
        var root = new SynthRandom(options.Seed).Fork("applicants");
        var people = new PersonFactory(SynthOptions.ReferenceDate);
        var planter = new PersonaPlanter(people);
        var list = new List<PersonDraft>(n);
        if (n == 0)
        {
            return list;
        }

        // Planted DPRK personas: ~1.5% of applicants, in operator rings of 3–8.
        var dprkTarget = n < 40 ? Math.Min(n / 4, 6) : Math.Max(6, (int)Math.Round(n * 0.015));
        var ring = 0;
        while (dprkTarget >= 3)
        {
            var rng = root.Fork($"ring/{ring}");
            var size = Math.Min(dprkTarget, rng.Between(3, 8));
            if (dprkTarget - size is > 0 and < 3)
            {
                size = dprkTarget;
            }
            list.AddRange(planter.OperatorRing(rng, $"ring-{ring + 1:D3}", size, sanctioned: ring < 2));
            dprkTarget -= size;
            ring++;
        }

        // Benign look-alikes: ~3.5% of applicants, every scenario present once n ≥ 100.
        var budget = n < 100 ? Math.Min(n / 4, 7) : (int)Math.Round(n * 0.035);
        var scenario = 0;
        var group = 0;
        while (budget > 0)
        {
            var rng = root.Fork($"benign/{scenario}");
            var kind = scenario % 7;
            List<PersonDraft> made = kind switch
            {
                0 => planter.BootcampClass(rng, $"bootcamp-{++group:D3}", Math.Min(budget, rng.Between(4, 8))),
                1 => planter.Family(rng, $"family-{++group:D3}", Math.Min(budget, rng.Between(2, 4))),
                2 => [planter.VpnUser(rng)],
                3 => [planter.Traveller(rng)],
                4 => [planter.KoreanOrJapanese(rng), planter.KoreanOrJapanese(rng.Fork("second"))],
                5 => planter.Coworkers(rng, $"office-{++group:D3}", Math.Min(budget, rng.Between(3, 6))),
                _ => [planter.NightOwl(rng)],
            };
            list.AddRange(made.Take(budget));
            budget -= Math.Min(budget, made.Count);
            scenario++;
        }

        // Everyone else is ordinary.
        for (var i = list.Count; i < n; i++)
        {
            list.Add(people.Ordinary(root.Fork($"ordinary/{i}")));
        }
        if (list.Count > n)
        {
            list.RemoveRange(n, list.Count - n);
        }
        root.Fork("order").Shuffle(list);
        for (var i = 0; i < list.Count; i++)
        {
            list[i].Id = "A" + (i + 1).ToString("D6", CultureInfo.InvariantCulture);
        }
        return list;
    }

    private int WritePhotos(List<PersonDraft> people, CancellationToken cancellationToken)
    {
        var dir = Path.Combine(options.OutputDirectory, "photos");
        Directory.CreateDirectory(dir);
        var withPhoto = people.Where(p => p.Face is not null).ToList();
        Parallel.ForEach(withPhoto, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, p =>
        {
            File.WriteAllBytes(Path.Combine(options.OutputDirectory, p.PhotoPath!), FaceRenderer.Encode(p.Face!, p.PhotoVariant));
        });
        return withPhoto.Count;
    }

    private string WriteApplicants(List<PersonDraft> people, string name)
    {
        var jsonl = Path.Combine(options.OutputDirectory, name + ".jsonl");
        using (var w = new StreamWriter(jsonl, false, Utf8, 1 << 16))
        {
            foreach (var p in people)
            {
                w.Write(ApplicantJsonWriter.Serialize(p.ToRecord()));
                w.Write('\n');
            }
        }
        var csv = Path.Combine(options.OutputDirectory, name + ".csv");
        using (var w = new StreamWriter(csv, false, Utf8, 1 << 16))
        {
            var writer = new ApplicantCsvWriter(w);
            foreach (var p in people)
            {
                writer.Write(p.ToRecord());
            }
        }
        return jsonl;
    }

    private string WriteLabels(IEnumerable<PersonDraft> people)
    {
        var path = Path.Combine(options.OutputDirectory, "labels.csv");
        using var w = new StreamWriter(path, false, Utf8, 1 << 16);
        w.Write("subject_id,persona,scenario,cluster_id,indicators,expected_level,lookalike_of\n");
        foreach (var p in people)
        {
            var l = p.ToLabel();
            w.Write($"{l.SubjectId},{l.Persona},{l.Scenario},{l.ClusterId},{string.Join(';', l.Indicators)},{l.Expected.ToString().ToLowerInvariant()},{string.Join(';', l.LookalikeOf)}\n");
        }
        return path;
    }
}
