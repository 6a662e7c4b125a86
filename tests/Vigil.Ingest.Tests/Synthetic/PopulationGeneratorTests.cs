using System.Security.Cryptography;
using AwesomeAssertions;
using Vigil.Core.Identifiers;
using Vigil.Ingest.Applicants;
using Vigil.Ingest.Common;
using Vigil.Ingest.Synthetic;
using Vigil.TestSupport;

namespace Vigil.Ingest.Tests.Synthetic;

/// <summary>One generated population shared by the tests of this class (generation is the slow part).</summary>
public sealed class SynthPopulationFixture : IDisposable
{
    public SynthPopulationFixture()
    {
        Summary = new PopulationGenerator(new SynthOptions(1500, 300, 7, Dir.Path)).Generate();
        Labels = File.ReadAllLines(Dir.File("labels.csv")).Skip(1).Select(l => l.Split(',')).ToDictionary(f => f[0], f => f);
        Applicants = ApplicantFileReader.ReadFile(Dir.File("applicants.jsonl")).ToList();
        Workers = ApplicantFileReader.ReadFile(Dir.File("workers.jsonl")).ToList();
    }

    public TempDirectory Dir { get; } = new();
    public SynthSummary Summary { get; }
    public Dictionary<string, string[]> Labels { get; }
    public List<IngestResult<ApplicantRecord>> Applicants { get; }
    public List<IngestResult<ApplicantRecord>> Workers { get; }

    public IEnumerable<ApplicantRecord> All => Applicants.Concat(Workers).Select(r => r.Value!);

    public ApplicantRecord Record(string id) => All.Single(r => r.Id == id);

    public IEnumerable<string> WithIndicator(string indicator) =>
        Labels.Values.Where(l => l[4].Split(';').Contains(indicator)).Select(l => l[0]);

    public void Dispose() => Dir.Dispose();
}

public sealed class PopulationGeneratorTests(SynthPopulationFixture population) : IClassFixture<SynthPopulationFixture>
{
    private static Dictionary<string, string> HashTree(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    [Fact]
    public void Generate_same_seed_twice_gives_identical_bytes()
    {
        using var a = new TempDirectory();
        using var b = new TempDirectory();
        new PopulationGenerator(new SynthOptions(300, 60, 42, a.Path)).Generate();
        new PopulationGenerator(new SynthOptions(300, 60, 42, b.Path)).Generate();

        var ha = HashTree(a.Path);
        ha.Should().ContainKeys("applicants.jsonl", "applicants.csv", "labels.csv", "workers.jsonl", "okta-signins.ndjson",
            "entra-signins.json", "signins.csv", "osquery.ndjson", "payroll.csv", "shipments.csv");
        ha.Keys.Should().Contain(k => k.StartsWith("photos", StringComparison.Ordinal));
        HashTree(b.Path).Should().Equal(ha);
    }

    [Fact]
    public void Generate_different_seed_gives_different_population()
    {
        using var a = new TempDirectory();
        new PopulationGenerator(new SynthOptions(300, 0, 43, a.Path)).Generate();
        File.ReadAllText(a.File("applicants.jsonl")).Should().NotBe(File.ReadAllText(population.Dir.File("applicants.jsonl")));
    }

    [Fact]
    public void Readers_parse_the_output_with_zero_errors_and_both_formats_agree()
    {
        population.Applicants.Should().HaveCount(1500).And.AllSatisfy(r => r.IsSuccess.Should().BeTrue(string.Join("; ", r.Errors)));
        population.Workers.Should().HaveCount(300).And.AllSatisfy(r => r.IsSuccess.Should().BeTrue(string.Join("; ", r.Errors)));
        var csv = ApplicantFileReader.ReadFile(population.Dir.File("applicants.csv")).ToList();
        csv.Should().AllSatisfy(r => r.IsSuccess.Should().BeTrue(string.Join("; ", r.Errors)));
        csv.Select(r => ApplicantJsonWriter.Serialize(r.Value!)).Should().Equal(population.Applicants.Select(r => ApplicantJsonWriter.Serialize(r.Value!)));
    }

    [Fact]
    public void Labels_cover_every_subject_with_all_persona_types()
    {
        population.Labels.Keys.Should().BeEquivalentTo(population.All.Select(r => r.Id));
        population.Labels.Values.Select(l => l[1]).Distinct().Should().BeEquivalentTo("dprk", "benign-lookalike", "ordinary");
        population.Labels.Values.Where(l => l[1] == "dprk").Should().AllSatisfy(l => l[4].Should().NotBeEmpty());
        population.Labels.Values.Where(l => l[1] != "dprk").Should().AllSatisfy(l => l[4].Should().BeEmpty());
        population.Labels.Values.Select(l => l[2]).Should().Contain(["operator-ring", "laptop-farm", "bootcamp-classmates", "family-shared-address",
            "privacy-vpn-user", "frequent-traveller", "night-owl", "vpn-worker", "pyongyang-hours", "impossible-travel", "vpn-user"]);
    }

    [Fact]
    public void Labels_PAY05_members_really_share_a_payout_account_with_another_subject()
    {
        var applicants = population.WithIndicator("PAY-05").Where(id => id.StartsWith('A')).ToList();
        applicants.Should().NotBeEmpty();
        var payoutOwners = population.All.SelectMany(r => r.PayoutAccounts.Select(p => (Key: $"{p.Kind}:{p.Value}", r.Id)))
            .GroupBy(x => x.Key).Where(g => g.Select(x => x.Id).Distinct().Count() > 1).SelectMany(g => g.Select(x => x.Id)).ToHashSet();
        applicants.Should().AllSatisfy(id => payoutOwners.Should().Contain(id));
    }

    [Fact]
    public void Labels_COM02_and_PRF01_members_share_a_phone_or_photo_within_their_cluster()
    {
        var ids = population.WithIndicator("COM-02").ToList();
        ids.Should().NotBeEmpty();
        foreach (var id in ids)
        {
            var cluster = population.Labels[id][3];
            var me = population.Record(id);
            var others = population.Labels.Values.Where(l => l[3] == cluster && l[0] != id).Select(l => population.Record(l[0])).ToList();
            var sharesPhone = me.Phones.Any(p => others.Any(o => o.Phones.Contains(p)));
            var sharesPhoto = me.Photo is not null && others.Any(o => o.Photo is not null && SameBaseImage(me.Photo, o.Photo));
            (sharesPhone || sharesPhoto).Should().BeTrue($"{id} is labelled COM-02");
        }
        population.WithIndicator("PRF-01").Should().NotBeEmpty();
    }

    private bool SameBaseImage(string a, string b)
    {
        // Reused photos are variants of one base face: compare decoded, downscaled pixels loosely.
        static byte[] Thumb(string path)
        {
            var img = StbImageSharp.ImageResult.FromMemory(File.ReadAllBytes(path), StbImageSharp.ColorComponents.Grey);
            var t = new byte[64];
            for (var y = 0; y < 8; y++)
            {
                for (var x = 0; x < 8; x++)
                {
                    t[y * 8 + x] = img.Data[(y * img.Height / 8 + img.Height / 16) * img.Width + x * img.Width / 8 + img.Width / 16];
                }
            }
            return t;
        }
        var ta = Thumb(Path.Combine(population.Dir.Path, a));
        var tb = Thumb(Path.Combine(population.Dir.Path, b));
        return ta.Zip(tb).Average(p => Math.Abs(p.First - p.Second)) < 20;
    }

    [Fact]
    public void Labels_network_and_time_indicators_match_the_data()
    {
        foreach (var id in population.WithIndicator("NET-05").Where(i => i.StartsWith('A')))
        {
            population.Record(id).IpAddresses.Should().Contain(ip => new[] { "185.156.", "146.70.", "37.120.", "193.27.14.", "91.207." }.Any(p => ip.StartsWith(p, StringComparison.Ordinal)));
        }
        foreach (var id in population.WithIndicator("WRK-01").Where(i => i.StartsWith('A')))
        {
            var kst = population.Record(id).AppliedAt!.Value.ToOffset(TimeSpan.FromHours(9));
            kst.Hour.Should().BeInRange(9, 17);
        }
        foreach (var id in population.WithIndicator("GH-01"))
        {
            var g = population.Record(id).GitHubProfile!;
            g.CreatedAt.Should().BeAfter(g.FirstCommitAt!.Value);
        }
        foreach (var id in population.WithIndicator("PAY-10").Where(i => i.StartsWith('A')))
        {
            population.Record(id).Wallets.Select(w => w.Address).Should().Contain(a => a == "0x97b1043abd9e6fc31681635166d430a458d14f9c" || a == "0xb6f5ec1a0a9cd1526536d3f0426c429529471f40" || a == "1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ");
        }
        foreach (var id in population.WithIndicator("COM-03"))
        {
            var r = population.Record(id);
            var voip = r.Phones.Any(p => Canonicalizer.Canonicalize(IdentifierKind.Phone, p, new CanonicalizationContext(r.ClaimedCountry)).Detail == "voip");
            var disposable = r.Emails.Any(e => new[] { "mailinator.com", "guerrillamail.com", "yopmail.com", "sharklasers.com", "dispostable.com", "maildrop.cc", "getnada.com", "trashmail.com" }.Any(d => e.EndsWith("@" + d, StringComparison.Ordinal)));
            (voip || disposable).Should().BeTrue(id);
        }
    }

    [Fact]
    public void Labels_laptop_farm_workers_share_egress_and_ship_to_address()
    {
        var farms = population.Labels.Values.Where(l => l[2] == "laptop-farm").GroupBy(l => l[3]).ToList();
        farms.Should().NotBeEmpty();
        var shipments = File.ReadAllLines(population.Dir.File("shipments.csv")).Skip(1)
            .Select(l => CsvRecordReader.Read(new StringReader(l), "s").Single().Fields).ToDictionary(f => f[2], f => f[10]);
        var signins = File.ReadAllLines(population.Dir.File("okta-signins.ndjson")).Length
            + File.ReadAllLines(population.Dir.File("signins.csv")).Length;
        signins.Should().BeGreaterThan(0);
        foreach (var farm in farms)
        {
            farm.Select(l => shipments[l[0]]).Distinct().Should().ContainSingle("farm {0} ships to one address", farm.Key);
            var homes = farm.Select(l => population.Record(l[0]).Address).Distinct();
            homes.Should().NotContain(shipments[farm.First()[0]]);
        }
    }

    [Fact]
    public void Ordinary_resumes_are_not_near_duplicates_but_ring_resumes_are()
    {
        static HashSet<string> Shingles(string text)
        {
            var words = text.ToLowerInvariant().Split([' ', '\n', ',', '.'], StringSplitOptions.RemoveEmptyEntries);
            return Enumerable.Range(0, Math.Max(0, words.Length - 4)).Select(i => string.Join(' ', words.Skip(i).Take(5))).ToHashSet();
        }
        static double Jaccard(HashSet<string> a, HashSet<string> b) => (double)a.Intersect(b).Count() / a.Union(b).Count();

        var ordinary = population.Labels.Values.Where(l => l[1] == "ordinary" && l[0].StartsWith('A')).Take(60)
            .Select(l => Shingles(population.Record(l[0]).ResumeText!)).ToList();
        var max = 0.0;
        for (var i = 0; i < ordinary.Count; i++)
        {
            for (var j = i + 1; j < ordinary.Count; j++)
            {
                max = Math.Max(max, Jaccard(ordinary[i], ordinary[j]));
            }
        }
        max.Should().BeLessThan(0.3);

        var ring = population.Labels.Values.Where(l => l[2] == "operator-ring").GroupBy(l => l[3]).First()
            .Select(l => Shingles(population.Record(l[0]).ResumeText!)).ToList();
        Jaccard(ring[0], ring[1]).Should().BeGreaterThan(0.6);
    }

    [Fact]
    public void Generated_phones_are_valid_for_their_country()
    {
        var ordinary = population.Labels.Values.Where(l => l[1] == "ordinary").Take(300).Select(l => population.Record(l[0]));
        foreach (var r in ordinary)
        {
            r.Phones.Should().AllSatisfy(p => Canonicalizer.Canonicalize(IdentifierKind.Phone, p, new CanonicalizationContext(r.ClaimedCountry)).IsValid.Should().BeTrue($"{p} ({r.ClaimedCountry})"));
        }
    }

    [Fact]
    public void Generated_ibans_pass_their_checksum()
    {
        var banks = population.All.SelectMany(r => r.BankAccounts).Where(b => char.IsAsciiLetter(b[0])).Take(200).ToList();
        banks.Should().NotBeEmpty();
        banks.Should().AllSatisfy(b => Canonicalizer.Canonicalize(IdentifierKind.BankAccount, b).IsValid.Should().BeTrue(b));
    }
}
