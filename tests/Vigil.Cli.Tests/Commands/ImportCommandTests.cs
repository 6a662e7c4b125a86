using System.Text.Json;
using AwesomeAssertions;
using Vigil.Storage;
using Vigil.TestSupport;

namespace Vigil.Cli.Tests.Commands;

public class ImportCommandTests
{
    private static async Task<string[]> StorageArgsAsync(StorageProvider provider, TempDirectory home, List<IAsyncDisposable> cleanup)
    {
        if (provider == StorageProvider.Sqlite)
        {
            return ["--db", home.File("test.db")];
        }
        var db = await TestDatabase.CreateAsync(provider, migrate: false);
        cleanup.Add(db);
        return ["--postgres", db.Options.PostgresConnectionString!];
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_good_file_twice_adds_then_changes_nothing(StorageProvider provider)
    {
        using var home = new TempDirectory();
        var cleanup = new List<IAsyncDisposable>();
        try
        {
            var storage = await StorageArgsAsync(provider, home, cleanup);
            var file = RepoPaths.Fixture("applicants/good.jsonl");
            var expected = File.ReadLines(file).Count(l => l.Trim().Length > 0);

            var first = await VigilProcess.RunAsync(home.Path, ["import", "applicants", file, "--json", .. storage]);
            var second = await VigilProcess.RunAsync(home.Path, ["import", "applicants", file, "--json", .. storage]);

            first.ExitCode.Should().Be(0, first.ToString());
            var r1 = JsonDocument.Parse(first.StdOut).RootElement;
            r1.GetProperty("subjects").GetProperty("added").GetInt32().Should().Be(expected);
            r1.GetProperty("rejected").GetInt32().Should().Be(0);
            var r2 = JsonDocument.Parse(second.StdOut).RootElement;
            r2.GetProperty("subjects").GetProperty("added").GetInt32().Should().Be(0);
            r2.GetProperty("subjects").GetProperty("unchanged").GetInt32().Should().Be(expected);
            r2.GetProperty("events_added").GetInt32().Should().Be(0);
        }
        finally
        {
            foreach (var c in cleanup)
            {
                await c.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Import_broken_file_keeps_good_rows_and_names_each_bad_line_and_field()
    {
        using var home = new TempDirectory();
        var file = RepoPaths.Fixture("applicants/broken.jsonl");

        var run = await VigilProcess.RunAsync(home.Path, "import", "applicants", file, "--db", home.File("t.db"), "--json");

        run.ExitCode.Should().Be(0, run.ToString());
        var report = JsonDocument.Parse(run.StdOut).RootElement;
        report.GetProperty("subjects").GetProperty("added").GetInt32().Should().BeGreaterThan(0);
        var errors = report.GetProperty("errors").EnumerateArray().ToList();
        errors.Should().HaveCount(report.GetProperty("rejected").GetInt32());
        errors.Should().AllSatisfy(e => e.GetProperty("line").GetInt64().Should().BeGreaterThan(0));
        errors.Select(e => e.TryGetProperty("field", out var f) ? f.GetString() : null).Should().Contain("date_of_birth");
    }

    [Fact]
    public async Task Import_broken_file_in_strict_mode_exits_3()
    {
        using var home = new TempDirectory();

        var run = await VigilProcess.RunAsync(home.Path, "import", "applicants", RepoPaths.Fixture("applicants/broken.csv"), "--db", home.File("t.db"), "--strict");

        run.ExitCode.Should().Be(3, run.ToString());
        run.StdOut.Should().Contain("broken.csv:");
    }

    [Fact]
    public async Task Import_missing_file_fails_with_a_clear_message()
    {
        using var home = new TempDirectory();

        var run = await VigilProcess.RunAsync(home.Path, "import", "applicants", home.File("nope.jsonl"), "--db", home.File("t.db"));

        run.ExitCode.Should().NotBe(0);
        (run.StdErr + run.StdOut).Should().Contain("nope.jsonl");
    }
}
