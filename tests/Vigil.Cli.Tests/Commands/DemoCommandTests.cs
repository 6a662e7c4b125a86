using AwesomeAssertions;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage;
using Vigil.TestSupport;

namespace Vigil.Cli.Tests.Commands;

public class DemoCommandTests
{
    [Fact]
    public async Task Demo_without_serving_builds_a_screened_database_and_prints_a_summary()
    {
        using var home = new TempDirectory();

        var run = await VigilProcess.RunAsync(home.Path, "demo", "--no-serve", "--applicants", "400", "--workers", "40");

        run.ExitCode.Should().Be(0, run.ToString());
        run.StdOut.Should().Contain("subjects screened");
        run.StdOut.Should().Contain("Summary ready");
        var db = new VigilDatabase(StorageOptions.ForSqlite(Path.Combine(home.Path, "demo.db")));
        var org = await db.FindOrganizationAsync("demo");
        org.Should().NotBeNull();
        await using var ctx = db.CreateContext(org!.Id);
        (await ctx.Subjects.CountAsync()).Should().Be(440);
        File.Exists(Path.Combine(home.Path, "demo", "labels.csv")).Should().BeTrue();
    }
}
