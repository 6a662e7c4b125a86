using System.Diagnostics;
using AwesomeAssertions;
using Microsoft.Data.Sqlite;
using Vigil.Server.Application.Monitoring;
using Vigil.Storage;
using Vigil.TestSupport;
using Vigil.TestSupport.Monitoring;

namespace Vigil.Cli.Tests.Commands;

public class IngestKillTests
{
    private const int Workers = 200;

    private static async Task<(VigilDatabase Database, Guid OrgId)> SeededAsync(string path)
    {
        var database = new VigilDatabase(StorageOptions.ForSqlite(path));
        await database.MigrateAsync();
        var org = await MonitoringState.SeedWorkersAsync(database, "default", Workers);
        return (database, org);
    }

    private static long StoredEvents(string dbPath)
    {
        try
        {
            using var connection = new SqliteConnection($"Data Source={dbPath};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM events";
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0; // busy or not yet there: try again
        }
    }

    [Fact]
    public async Task Ingest_killed_midway_then_rerun_leaves_the_state_of_one_clean_run()
    {
        using var home = new TempDirectory();
        var file = home.File("okta.ndjson");
        OktaSyntheticLog.Write(file, 40_000, Workers, seed: 21);
        var cleanPath = home.File("clean.db");
        var killedPath = home.File("killed.db");
        var (clean, cleanOrg) = await SeededAsync(cleanPath);
        var (killed, killedOrg) = await SeededAsync(killedPath);
        string[] ingest = ["ingest", "signins", file, "--format", "okta", "--json"];

        var cleanRun = await VigilProcess.RunAsync(home.Path, [.. ingest, "--db", cleanPath]);
        cleanRun.ExitCode.Should().Be(0, cleanRun.ToString());

        // Start the same ingest into the other database and kill it once some batches are committed.
        var psi = new ProcessStartInfo(Path.Combine(RepoPaths.Root, "vigil")) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in (string[])[.. ingest, "--db", killedPath])
        {
            psi.ArgumentList.Add(a);
        }
        psi.Environment["VIGIL_HOME"] = home.Path;
        using (var process = Process.Start(psi)!)
        {
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (!process.HasExited && StoredEvents(killedPath) == 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
            await process.WaitForExitAsync();
        }
        var afterKill = StoredEvents(killedPath);
        var rerun = await VigilProcess.RunAsync(home.Path, [.. ingest, "--db", killedPath]);

        rerun.ExitCode.Should().Be(0, rerun.ToString());
        afterKill.Should().BeGreaterThan(0);
        var events = await MonitoringState.EventsAsync(clean, cleanOrg);
        var alerts = await MonitoringState.AlertsAsync(clean, cleanOrg);
        alerts.Should().NotBeEmpty();
        (await MonitoringState.EventsAsync(killed, killedOrg)).Should().Equal(events);
        (await MonitoringState.AlertsAsync(killed, killedOrg)).Should().Equal(alerts);
        var state = await MonitoringState.DetectorStateAsync(clean, cleanOrg);
        state.Should().NotBeEmpty("detection saved its state for the next run");
        (await MonitoringState.DetectorStateAsync(killed, killedOrg)).Should().Equal(state);
        SqliteConnection.ClearAllPools();
    }
}
