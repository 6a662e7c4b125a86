using AwesomeAssertions;
using Vigil.TestSupport;

namespace Vigil.Cli.Tests.Commands;

/// <summary><c>vigil share ...</c> through the real launcher: what leaves, in which form, and what comes back in.</summary>
public class ShareCommandTests
{
    [Fact]
    public async Task Share_export_writes_hashed_stix_and_misp_feed_that_another_org_imports_and_matches()
    {
        using var home = new TempDirectory();
        var applicants = Path.Combine(RepoPaths.Root, "tests", "fixtures", "sharing", "applicants-b.csv");
        var keys = Path.Combine(home.Path, "community.keys");

        (await VigilProcess.RunAsync(home.Path, "share", "keygen", "--key-id", "community-2026")).ExitCode.Should().Be(0);
        (await VigilProcess.RunAsync(home.Path, "share", "mark", "--kind", "Phone", "--value", "+1 415 555 0100", "--include", "--org", "org-a"))
            .StdOut.Should().Contain("+14155550100");
        var preview = await VigilProcess.RunAsync(home.Path, "share", "preview", "--org", "org-a");
        preview.StdOut.Should().Contain("ShareHashed").And.Contain("1 of 1 identifiers would be shared").And.NotContain("4155550100");

        var stix = Path.Combine(home.Path, "out.json");
        var feed = Path.Combine(home.Path, "feed");
        var export = await VigilProcess.RunAsync(home.Path, "share", "export", "--stix", stix, "--misp", feed, "--org", "org-a");
        export.ExitCode.Should().Be(0, export.ToString());
        File.ReadAllText(stix).Should().Contain("x-vigil-keyed-identifier").And.NotContain("4155550100");
        File.Exists(Path.Combine(feed, "manifest.json")).Should().BeTrue();
        File.ReadAllLines(Path.Combine(feed, "hashes.csv")).Should().ContainSingle();
        Directory.GetFiles(feed, "*.json").Should().HaveCount(2, "manifest.json and one event file");
        string.Concat(Directory.GetFiles(feed).Select(File.ReadAllText)).Should().NotContain("4155550100");

        (await VigilProcess.RunAsync(home.Path, "import", "applicants", applicants, "--org", "org-b")).ExitCode.Should().Be(0);
        var imported = await VigilProcess.RunAsync(home.Path, "share", "import", stix, "--org", "org-b");
        imported.StdOut.Should().Contain("added 1", imported.ToString());
        var fromMisp = await VigilProcess.RunAsync(home.Path, "share", "import", feed, "--org", "org-b-misp");
        fromMisp.StdOut.Should().Contain("added 1", fromMisp.ToString());

        var match = await VigilProcess.RunAsync(home.Path, "share", "match", "--org", "org-b", "--keys", keys);
        match.StdOut.Should().Contain("B-3").And.Contain("B-9").And.NotContain("B-4");
    }

    [Fact]
    public async Task Share_pull_with_a_bad_url_fails_with_a_clear_message()
    {
        using var home = new TempDirectory();
        var run = await VigilProcess.RunAsync(home.Path, "share", "pull", "not a url", "--collection", "x");
        run.ExitCode.Should().Be(2, run.ToString());
        (run.StdOut + run.StdErr).Should().Contain("not an absolute http(s) URL");
    }
}
