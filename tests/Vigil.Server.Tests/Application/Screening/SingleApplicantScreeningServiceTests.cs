using AwesomeAssertions;
using Vigil.Core.Detection;
using Vigil.Core.Scoring;
using Vigil.Ingest.Applicants;
using Vigil.Ingest.Synthetic;
using Vigil.Server.Application.Import;
using Vigil.Server.Application.Screening;
using Vigil.Storage;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Application.Screening;

public sealed class SingleApplicantScreeningServiceTests
{
    private const int Population = 400;

    /// <summary>A small synthetic population split into stored applicants and held-out arrivals: ring members (whose
    /// rings also have stored members, so the single screen must find them through storage) and ordinary ones.</summary>
    private static (string StoredFile, List<ApplicantRecord> Arrivals) Split(TempDirectory dir)
    {
        var synth = dir.File("synth");
        new PopulationGenerator(new SynthOptions(Population, 0, 7, synth, WritePhotos: false)).Generate();
        var labels = File.ReadLines(Path.Combine(synth, "labels.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        var rings = labels.Where(l => l[3].Length > 0).GroupBy(l => l[3]).Where(g => g.Count() >= 3).Take(4).ToList();
        var held = rings.Select(g => g.Last()[0]).Concat(labels.Where(l => l[1] == "ordinary").Take(2).Select(l => l[0])).ToHashSet(StringComparer.Ordinal);
        var stored = dir.File("stored.jsonl");
        var arrivals = new List<ApplicantRecord>();
        using (var writer = new StreamWriter(stored))
        {
            var line = 0L;
            foreach (var text in File.ReadLines(Path.Combine(synth, "applicants.jsonl")))
            {
                var record = ApplicantJsonLinesReader.ParseLine(text, "applicants.jsonl", ++line).GetValueOrThrow();
                if (held.Contains(record.Id))
                {
                    arrivals.Add(record);
                }
                else
                {
                    writer.WriteLine(text);
                }
            }
        }
        return (stored, arrivals);
    }

    private static IEnumerable<string> FindingKeys(ScreeningResult r) =>
        r.Findings.Select(f => $"{f.Detector}/{f.Indicator}/{f.Contribution:0.00}").Order(StringComparer.Ordinal);

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ScreenOne_each_arrival_agrees_with_a_batch_screen_of_the_same_population(StorageProvider provider)
    {
        using var dir = new TempDirectory();
        var (storedFile, arrivals) = Split(dir);
        await using var test = await TestDatabase.CreateAsync(provider);
        var org = await test.Database.EnsureOrganizationAsync("acme");
        await new ApplicantImporter(test.Database).ImportAsync(org.Id, storedFile);
        var single = new SingleApplicantScreeningService(test.Database, ScreeningReferences.None);
        var batch = new ApplicantScreeningService(test.Database, ScreeningReferences.None);

        var flagged = 0;
        foreach (var arrival in arrivals)
        {
            var one = (await single.ScreenOneAsync(org.Id, arrival)).Result;
            // The batch screen of everything stored now (the arrival included) is the reference answer.
            var all = await batch.ScreenAsync(org.Id);
            var reference = all.Results.Single(r => r.Id == arrival.Id);

            one.Level.Should().Be(reference.Level, arrival.Id);
            one.Score.Should().BeApproximately(reference.Score, 0.01, arrival.Id);
            FindingKeys(one).Should().Equal(FindingKeys(reference), arrival.Id);
            flagged += one.Level == RiskLevel.Clear ? 0 : 1;
        }
        arrivals.Should().HaveCountGreaterThanOrEqualTo(4);
        flagged.Should().BeGreaterThanOrEqualTo(2, "the ring members among the arrivals share identifiers or résumés with stored members");
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task WarmIndex_sees_documents_stored_after_warm_up_only_for_their_own_organization(StorageProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var acme = await test.Database.EnsureOrganizationAsync("acme");
        var other = await test.Database.EnsureOrganizationAsync("other");
        var service = new SingleApplicantScreeningService(test.Database, ScreeningReferences.None);
        var warm = await service.WarmUpAsync(acme.Id);
        warm.Count.Documents.Should().Be(0);
        var resume = string.Join(' ', Enumerable.Range(0, 120).Select(i => $"built service{i} with tool{i * 5 % 17}"));
        ApplicantRecord Record(string id, string name) => ApplicantJsonLinesReader.ParseLine(
            $$"""{"id":"{{id}}","full_name":"{{name}}","emails":["{{id}}@example.com"],"resume_text":"{{resume}}"}""", "t", 1).GetValueOrThrow();

        // Stored by another path (an import in another process would do the same) after the index was warmed.
        await new SubjectStore(test.Database).UpsertAsync(acme.Id, [ApplicantMapper.Map(Record("acme-1", "Daniel Moore"), acme.Id, DateTimeOffset.UtcNow).Subject]);
        await new SubjectStore(test.Database).UpsertAsync(other.Id, [ApplicantMapper.Map(Record("other-1", "Kevin Lee"), other.Id, DateTimeOffset.UtcNow).Subject]);

        var screened = await service.ScreenOneAsync(acme.Id, Record("acme-2", "Brian Clark"));

        screened.Result.Findings.Should().Contain(f => f.Indicator == "PRF-04");
        var related = screened.Result.Findings.Where(f => f.Indicator == "PRF-04").SelectMany(f => f.RelatedSubjects).ToList();
        related.Should().ContainSingle().Which.Should().Be(ApplicantMapper.SubjectIdFor(acme.Id, "acme-1"));
        (await service.WarmUpAsync(other.Id)).Count.Documents.Should().Be(1, "each organization's index holds only its own documents");
    }
}
