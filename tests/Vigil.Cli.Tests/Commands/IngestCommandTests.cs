using System.Text.Json;
using AwesomeAssertions;
using Vigil.Storage;
using Vigil.TestSupport;

namespace Vigil.Cli.Tests.Commands;

public class IngestCommandTests
{
    private static async Task<string[]> WorkersDbAsync(TempDirectory home)
    {
        string[] db = ["--db", home.File("t.db")];
        var import = await VigilProcess.RunAsync(home.Path, ["import", "applicants", RepoPaths.Fixture("monitoring/workers.jsonl"), "--json", .. db]);
        import.ExitCode.Should().Be(0, import.ToString());
        return db;
    }

    private static JsonElement Report(VigilProcess.Result run)
    {
        run.ExitCode.Should().Be(0, run.ToString());
        return JsonDocument.Parse(run.StdOut).RootElement;
    }

    public static TheoryData<string, string, string> Formats => new()
    {
        { "signins", "logs/okta-page.json", "okta" },
        { "signins", "logs/okta-export.ndjson", "okta" },
        { "signins", "logs/entra-graph-page.json", "entra" },
        { "signins", "logs/entra-diagnostic.ndjson", "entra" },
        { "signins", "logs/entra-loganalytics.ndjson", "entra" },
        { "signins", "logs/google-login-page.json", "google" },
        { "signins", "logs/signins.csv", "csv" },
        { "endpoint", "logs/osquery-results.ndjson", "osquery" },
        { "payroll", "logs/payroll.csv", "csv" },
        { "shipments", "logs/shipments.csv", "csv" },
    };

    [Theory, MemberData(nameof(Formats))]
    public async Task Ingest_each_real_format_stores_events_matched_to_workers_and_second_run_stores_nothing(string kind, string fixture, string format)
    {
        using var home = new TempDirectory();
        var db = await WorkersDbAsync(home);
        var file = RepoPaths.Fixture(fixture);

        var first = Report(await VigilProcess.RunAsync(home.Path, ["ingest", kind, file, "--format", format, "--json", .. db]));
        var second = Report(await VigilProcess.RunAsync(home.Path, ["ingest", kind, file, "--format", format, "--json", .. db]));

        // Some shared fixtures carry deliberate bad rows: each is named by file and line, the rest is stored.
        first.GetProperty("errors").EnumerateArray().Should().AllSatisfy(e =>
        {
            e.GetProperty("file").GetString().Should().Be(Path.GetFileName(file));
            e.GetProperty("line").GetInt64().Should().BeGreaterThan(0);
        });
        first.GetProperty("records").GetInt64().Should().Be(first.GetProperty("parsed").GetInt64() + first.GetProperty("ignored").GetInt64() + first.GetProperty("rejected").GetInt64());
        var parsed = first.GetProperty("parsed").GetInt64();
        parsed.Should().BeGreaterThan(0);
        first.GetProperty("stored").GetInt64().Should().Be(parsed);
        // Every login in the fixtures is a worker's email; osquery's username decoration ("anguyen") is matched by
        // local part, and its rows without one stay unmatched.
        first.GetProperty("matched").GetInt64().Should().Be(kind == "endpoint" ? 1 : parsed);
        first.GetProperty("detection").GetProperty("events").GetInt64().Should().Be(parsed);
        second.GetProperty("parsed").GetInt64().Should().Be(parsed);
        second.GetProperty("stored").GetInt64().Should().Be(0);
        second.GetProperty("already_stored").GetInt64().Should().Be(parsed);
    }

    [Theory]
    [InlineData("signins", "logs/okta-with-errors.ndjson", "okta")]
    [InlineData("signins", "monitoring/signins-with-errors.csv", "csv")]
    public async Task Ingest_malformed_records_are_reported_by_line_and_skipped_while_good_ones_are_stored(string kind, string fixture, string format)
    {
        using var home = new TempDirectory();
        var db = await WorkersDbAsync(home);
        var file = RepoPaths.Fixture(fixture);

        var report = Report(await VigilProcess.RunAsync(home.Path, ["ingest", kind, file, "--format", format, "--json", .. db]));

        var errors = report.GetProperty("errors").EnumerateArray().ToList();
        errors.Should().NotBeEmpty();
        report.GetProperty("rejected").GetInt64().Should().Be(errors.Count);
        errors.Should().AllSatisfy(e =>
        {
            e.GetProperty("file").GetString().Should().Be(Path.GetFileName(file));
            e.GetProperty("line").GetInt64().Should().BeGreaterThan(1);
        });
        report.GetProperty("stored").GetInt64().Should().BeGreaterThan(0, "good records around the bad ones are kept");
    }

    [Fact]
    public async Task Ingest_csv_with_errors_names_line_and_field_and_strict_exits_3()
    {
        using var home = new TempDirectory();
        var db = await WorkersDbAsync(home);
        var file = RepoPaths.Fixture("monitoring/signins-with-errors.csv");

        var report = Report(await VigilProcess.RunAsync(home.Path, ["ingest", "signins", file, "--format", "csv", "--json", .. db]));
        var strict = await VigilProcess.RunAsync(home.Path, ["ingest", "signins", file, "--format", "csv", "--strict", .. db]);

        var errors = report.GetProperty("errors").EnumerateArray().Select(e => (Line: e.GetProperty("line").GetInt64(), Field: e.GetProperty("field").GetString())).ToList();
        errors.Should().Contain((3, "timestamp"));
        errors.Should().Contain((5, "user"));
        report.GetProperty("stored").GetInt64().Should().Be(3);
        strict.ExitCode.Should().Be(3, strict.ToString());
        strict.StdOut.Should().Contain("signins-with-errors.csv:3");
    }

    [Fact]
    public async Task Ingest_format_that_does_not_fit_the_kind_exits_2()
    {
        using var home = new TempDirectory();

        var run = await VigilProcess.RunAsync(home.Path, "ingest", "payroll", RepoPaths.Fixture("logs/payroll.csv"), "--format", "okta", "--db", home.File("t.db"));

        run.ExitCode.Should().Be(2, run.ToString());
        run.StdErr.Should().Contain("payroll: csv").And.NotContain("Unhandled exception");
    }
}
