using AwesomeAssertions;
using Vigil.Core.Scoring;
using Vigil.Intel.Ip;
using Vigil.Intel.RemoteAccess;
using Vigil.Intel.Usb;
using Vigil.Server.Application.Monitoring;
using Vigil.Storage;
using Vigil.TestSupport;
using Vigil.TestSupport.Monitoring;

namespace Vigil.Server.Tests.Application.Monitoring;

public class MonitoringServiceIdempotencyTests
{
    private const int Workers = 200; // OktaSyntheticLog plants laptop farms from 100 workers up
    private const int Events = 12_000; // more than two EventStore batches, so an interrupted run commits some

    private static MonitoringReferences References() =>
        new(IpIntelligence.Empty, new RemoteAccessCatalogBuilder().AddBuiltIn().Build(), UsbDeviceCatalog.Instance);

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Ingest_cancelled_midway_then_rerun_equals_one_clean_run(StorageProvider provider)
    {
        using var dir = new TempDirectory();
        var file = dir.File("okta.ndjson");
        OktaSyntheticLog.Write(file, Events, Workers, seed: 7);
        await using var clean = await TestDatabase.CreateAsync(provider);
        await using var crashed = await TestDatabase.CreateAsync(provider);
        var cleanOrg = await MonitoringState.SeedWorkersAsync(clean.Database, "org", Workers);
        var crashedOrg = await MonitoringState.SeedWorkersAsync(crashed.Database, "org", Workers);

        var cleanReport = await new MonitoringService(clean.Database, References()).IngestAsync(cleanOrg, LogKind.SignIns, LogFormat.Okta, file);

        var service = new MonitoringService(crashed.Database, References());
        using var cancel = new CancellationTokenSource();
        var interrupted = async () =>
        {
            await using var stream = new CancellingStream(File.OpenRead(file), new FileInfo(file).Length * 6 / 10, cancel);
            await service.IngestAsync(crashedOrg, LogKind.SignIns, LogFormat.Okta, stream, "okta.ndjson", cancellationToken: cancel.Token);
        };
        await interrupted.Should().ThrowAsync<OperationCanceledException>();
        var partial = await MonitoringState.EventsAsync(crashed.Database, crashedOrg);
        var rerun = await service.IngestAsync(crashedOrg, LogKind.SignIns, LogFormat.Okta, file);

        partial.Count.Should().BeInRange(1, (int)cleanReport.Stored - 1, "the interrupted run committed some batches, not all");
        rerun.Stored.Should().Be(cleanReport.Stored - partial.Count);
        rerun.AlreadyStored.Should().Be(partial.Count);
        var cleanAlerts = await MonitoringState.AlertsAsync(clean.Database, cleanOrg);
        cleanAlerts.Should().NotBeEmpty("the synthetic log plants laptop farms and UTC+9 workers");
        (await MonitoringState.EventsAsync(crashed.Database, crashedOrg)).Should().Equal(await MonitoringState.EventsAsync(clean.Database, cleanOrg));
        (await MonitoringState.AlertsAsync(crashed.Database, crashedOrg)).Should().Equal(cleanAlerts);
        (await MonitoringState.DetectorStateAsync(crashed.Database, crashedOrg)).Should().Equal(await MonitoringState.DetectorStateAsync(clean.Database, cleanOrg));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Ingest_files_one_after_another_equals_ingesting_them_at_once(StorageProvider provider)
    {
        using var dir = new TempDirectory();
        var all = dir.File("all.ndjson");
        OktaSyntheticLog.Write(all, Events, Workers, seed: 13);
        // Three consecutive exports of the same log (the generator writes in time order).
        var lines = File.ReadAllLines(all);
        var parts = new[] { lines[..(lines.Length / 3)], lines[(lines.Length / 3)..(lines.Length * 2 / 3)], lines[(lines.Length * 2 / 3)..] };
        var files = parts.Select((p, i) => dir.File($"part{i}.ndjson")).ToList();
        for (var i = 0; i < parts.Length; i++)
        {
            File.WriteAllLines(files[i], parts[i]);
        }
        await using var once = await TestDatabase.CreateAsync(provider);
        await using var parted = await TestDatabase.CreateAsync(provider);
        var onceOrg = await MonitoringState.SeedWorkersAsync(once.Database, "org", Workers);
        var partedOrg = await MonitoringState.SeedWorkersAsync(parted.Database, "org", Workers);

        await new MonitoringService(once.Database, References()).IngestAsync(onceOrg, LogKind.SignIns, LogFormat.Okta, all);
        var service = new MonitoringService(parted.Database, References());
        var reports = new List<IngestFileReport>();
        foreach (var file in files)
        {
            reports.Add(await service.IngestAsync(partedOrg, LogKind.SignIns, LogFormat.Okta, file));
        }

        // Incremental: each run read only the events it stored, not the history before them.
        reports.Select(r => r.Detection!.Events).Should().Equal(parts.Select(p => (long)p.Length));
        var alerts = await MonitoringState.AlertsAsync(once.Database, onceOrg);
        alerts.Should().Contain(a => a.Contains("NET-10", StringComparison.Ordinal), "the log plants laptop farms");
        (await MonitoringState.EventsAsync(parted.Database, partedOrg)).Should().Equal(await MonitoringState.EventsAsync(once.Database, onceOrg));
        (await MonitoringState.AlertsAsync(parted.Database, partedOrg)).Should().Equal(alerts);
        (await MonitoringState.DetectorStateAsync(parted.Database, partedOrg)).Should().Equal(await MonitoringState.DetectorStateAsync(once.Database, onceOrg));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Detect_after_workers_change_rebuilds_state_from_every_stored_event(StorageProvider provider)
    {
        using var dir = new TempDirectory();
        var file = dir.File("okta.ndjson");
        OktaSyntheticLog.Write(file, 3000, Workers, seed: 17);
        await using var db = await TestDatabase.CreateAsync(provider);
        // The logs arrive before the workers are imported: nothing matches yet.
        var org = await MonitoringState.SeedWorkersAsync(db.Database, "org", 0);
        var service = new MonitoringService(db.Database, References());
        var first = await service.IngestAsync(org, LogKind.SignIns, LogFormat.Okta, file);
        await MonitoringState.SeedWorkersAsync(db.Database, "org", Workers);

        var again = await service.DetectAsync(org);

        first.Detection!.AlertsCreated.Should().Be(0);
        again.Events.Should().Be(first.Parsed, "a changed worker directory invalidates the saved state");
        again.AlertsCreated.Should().BeGreaterThan(0);
        (await service.DetectAsync(org)).Events.Should().Be(0, "nothing new since");
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Detect_with_unreadable_saved_state_rebuilds_it_from_every_stored_event(StorageProvider provider)
    {
        using var dir = new TempDirectory();
        var file = dir.File("okta.ndjson");
        OktaSyntheticLog.Write(file, 3000, Workers, seed: 19);
        await using var db = await TestDatabase.CreateAsync(provider);
        var org = await MonitoringState.SeedWorkersAsync(db.Database, "org", Workers);
        var service = new MonitoringService(db.Database, References());
        var first = await service.IngestAsync(org, LogKind.SignIns, LogFormat.Okta, file);
        var state = await MonitoringState.DetectorStateAsync(db.Database, org);
        var alerts = await MonitoringState.AlertsAsync(db.Database, org);
        await using (var ctx = db.Database.CreateContext(org))
        {
            var damaged = ctx.MonitoringStates.First(s => s.Part != Vigil.Storage.Monitoring.MonitoringStateRecord.ProgressPart);
            damaged.StateJson = "{\"not\": [the state";
            await ctx.SaveChangesAsync();
        }

        var again = await service.DetectAsync(org);

        again.Events.Should().Be(first.Parsed, "the damaged state is rebuilt from every stored sign-in");
        (await MonitoringState.DetectorStateAsync(db.Database, org)).Should().Equal(state);
        (await MonitoringState.AlertsAsync(db.Database, org)).Should().Equal(alerts);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Ingest_same_file_twice_changes_nothing(StorageProvider provider)
    {
        using var dir = new TempDirectory();
        var file = dir.File("okta.ndjson");
        OktaSyntheticLog.Write(file, 3000, Workers, seed: 11);
        await using var db = await TestDatabase.CreateAsync(provider);
        var org = await MonitoringState.SeedWorkersAsync(db.Database, "org", Workers);
        var service = new MonitoringService(db.Database, References());

        var first = await service.IngestAsync(org, LogKind.SignIns, LogFormat.Okta, file);
        var events = await MonitoringState.EventsAsync(db.Database, org);
        var alerts = await MonitoringState.AlertsAsync(db.Database, org);
        var second = await service.IngestAsync(org, LogKind.SignIns, LogFormat.Okta, file);

        first.Stored.Should().Be(first.Parsed);
        second.Stored.Should().Be(0);
        second.AlreadyStored.Should().Be(first.Parsed);
        second.Detection!.AlertsCreated.Should().Be(0);
        (await MonitoringState.EventsAsync(db.Database, org)).Should().Equal(events);
        (await MonitoringState.AlertsAsync(db.Database, org)).Should().Equal(alerts);
        alerts.Should().Contain(a => a.Contains($"|{RiskLevel.High}|", StringComparison.Ordinal) || a.Contains($"|{RiskLevel.Review}|", StringComparison.Ordinal));
    }
}
