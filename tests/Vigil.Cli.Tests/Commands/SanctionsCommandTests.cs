using System.Text.Json;
using AwesomeAssertions;
using Vigil.TestSupport;

namespace Vigil.Cli.Tests.Commands;

/// <summary>The sanctions workflow through the real launcher: lists load/status, screen, suppress, match.</summary>
public sealed class SanctionsCommandTests
{
    private static string Fixture(string p) => RepoPaths.Fixture(Path.Combine("screening", p));

    private static Dictionary<string, JsonElement> ReadResults(string path) =>
        File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(l => JsonDocument.Parse(l).RootElement.Clone())
            .ToDictionary(e => e.GetProperty("id").GetString()!);

    private static IEnumerable<JsonElement> Findings(JsonElement result) => result.GetProperty("findings").EnumerateArray();

    [Fact]
    public async Task Screen_storedApplicantsOnStoredList_getSanctionsFindingsWithPrograms_untilSuppressed()
    {
        using var home = new TempDirectory();
        string[] db = ["--db", home.File("v.db")];

        var load = await VigilProcess.RunAsync(home.Path, ["lists", "load", Fixture("ofac"), "--json", .. db]);
        var status = await VigilProcess.RunAsync(home.Path, ["lists", "status", "--json", .. db]);
        var screen = await VigilProcess.RunAsync(home.Path, ["screen", Fixture("applicants.jsonl"), "--no-intel", "--json", home.File("out1.jsonl"), .. db]);

        load.ExitCode.Should().Be(0, load.ToString());
        JsonDocument.Parse(load.StdOut).RootElement.GetProperty("stored").GetBoolean().Should().BeTrue();
        var current = JsonDocument.Parse(status.StdOut).RootElement.GetProperty("current");
        current.GetProperty("entries").GetInt32().Should().BeGreaterThan(5);
        screen.ExitCode.Should().Be(0, screen.ToString());
        var results = ReadResults(home.File("out1.jsonl"));
        var tian = Findings(results["S-TIAN"]).Single(f => f.GetProperty("detector").GetString() == "sanctions-name");
        tian.GetProperty("indicator").GetString().Should().Be("SAN-01");
        tian.GetProperty("summary").GetString().Should().Contain("ofac-sdn:28263").And.Contain("CYBER2");
        var evidence = tian.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("value").GetString()!).ToList();
        evidence.Should().Contain("DPRK3, CYBER2");
        evidence.Should().Contain(v => v.StartsWith("name:", StringComparison.Ordinal));
        evidence.Should().Contain(v => v.StartsWith("dob_match", StringComparison.Ordinal));
        var wallet = Findings(results["S-WALLET"]).Single(f => f.GetProperty("detector").GetString() == "sanctions-wallet");
        wallet.GetProperty("indicator").GetString().Should().Be("PAY-10");
        Findings(results["S-CLEAN"]).Should().NotContain(f => f.GetProperty("detector").GetString()!.StartsWith("sanctions", StringComparison.Ordinal));

        var suppress = await VigilProcess.RunAsync(home.Path, ["lists", "suppress", "--subject", "S-TIAN", "--entry", "ofac-sdn:28263", "--reason", "Different person: verified passport, born 1994", "--analyst", "ana", .. db]);
        var again = await VigilProcess.RunAsync(home.Path, ["screen", "--no-intel", "--json", home.File("out2.jsonl"), .. db]);
        var listed = await VigilProcess.RunAsync(home.Path, ["lists", "suppressions", "--json", .. db]);

        suppress.ExitCode.Should().Be(0, suppress.ToString());
        again.ExitCode.Should().Be(0, again.ToString());
        var results2 = ReadResults(home.File("out2.jsonl"));
        Findings(results2["S-TIAN"]).Should().NotContain(f => f.GetProperty("detector").GetString() == "sanctions-name");
        Findings(results2["S-WALLET"]).Should().Contain(f => f.GetProperty("detector").GetString() == "sanctions-wallet");
        var decisions = JsonDocument.Parse(listed.StdOut).RootElement;
        decisions.GetArrayLength().Should().Be(1);
        decisions[0].GetProperty("analyst").GetString().Should().Be("ana");
        decisions[0].GetProperty("active").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task ListsLoad_malformedFile_refusedWithFileAndLine_storedVersionStays()
    {
        using var home = new TempDirectory();
        string[] db = ["--db", home.File("v.db")];

        await VigilProcess.RunAsync(home.Path, ["lists", "load", Fixture("ofac"), .. db]);
        var before = await VigilProcess.RunAsync(home.Path, ["lists", "status", "--json", .. db]);
        var bad = await VigilProcess.RunAsync(home.Path, ["lists", "load", Fixture("un/truncated.xml"), .. db]);
        var after = await VigilProcess.RunAsync(home.Path, ["lists", "status", "--json", .. db]);
        var match = await VigilProcess.RunAsync(home.Path, ["match", "--name", "Song Hwa Jong", "--json", .. db]);
        var suppressUnknown = await VigilProcess.RunAsync(home.Path, ["lists", "suppress", "--subject", "nobody", "--entry", "ofac-sdn:28263", "--reason", "x", .. db]);

        bad.ExitCode.Should().Be(2, bad.ToString());
        bad.StdErr.Should().Contain("truncated.xml").And.Contain("stored version is unchanged");
        after.StdOut.Should().Be(before.StdOut);
        match.ExitCode.Should().Be(0, match.ToString());
        JsonDocument.Parse(match.StdOut).RootElement.GetProperty("matches")[0].GetProperty("entryId").GetString().Should().Be("ofac-sdn:24979");
        suppressUnknown.ExitCode.Should().Be(2);
        suppressUnknown.StdErr.Should().Contain("no subject 'nobody'");
    }

    [Fact]
    public async Task ListsUpdate_unreachablePublisher_exits3WithClearError_andStoresNothing()
    {
        using var home = new TempDirectory();
        string[] db = ["--db", home.File("v.db")];

        // Port 9 (discard) on loopback: nothing listens, so the download fails at once, as it would offline.
        var update = await VigilProcess.RunAsync(home.Path, ["lists", "update", "--url", "http://127.0.0.1:9/sdn.csv", "--timeout", "5", .. db]);
        var status = await VigilProcess.RunAsync(home.Path, ["lists", "status", "--json", .. db]);

        update.ExitCode.Should().Be(3, update.ToString());
        update.StdErr.Should().Contain("cannot download http://127.0.0.1:9/sdn.csv").And.Contain("offline?");
        JsonDocument.Parse(status.StdOut).RootElement.GetProperty("stored").GetBoolean().Should().BeFalse();
    }
}
