using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using AwesomeAssertions;
using Microsoft.EntityFrameworkCore;
using Vigil.Ingest.Okta;
using Vigil.Ingest.Synthetic;
using Vigil.Intel.Ip;
using Vigil.Intel.RemoteAccess;
using Vigil.Intel.Usb;
using Vigil.Server.Application.Import;
using Vigil.Server.Application.Monitoring;
using Vigil.Storage;
using Vigil.Storage.Monitoring;
using Vigil.TestSupport;
using Vigil.TestSupport.Monitoring;

namespace Vigil.Server.Tests.Application.Monitoring;

/// <summary>
/// Incremental detection does not depend on how the logs arrive: files ingested concurrently (several CLI runs,
/// uploads, servers), or older files after newer ones, end in the alerts of one ingest of everything.
/// </summary>
public class MonitoringServiceOrderTests
{
    private const int Workers = 200; // OktaSyntheticLog plants laptop farms from 100 workers up
    private const int Travellers = 20;
    private static readonly Guid OrgId = new("0b5e7a11-0000-4000-8000-00000000a11e");

    private static MonitoringReferences References() =>
        new(IpIntelligence.Empty, new RemoteAccessCatalogBuilder().AddBuiltIn().Build(), UsbDeviceCatalog.Instance);

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Ingest_files_concurrently_equals_ingesting_them_at_once(StorageProvider provider)
    {
        using var dir = new TempDirectory();
        var all = dir.File("all.ndjson");
        OktaSyntheticLog.Write(all, 16_000, Workers, seed: 23);
        AddTrips(all);
        // Three interleaved slices: each spans the whole period and holds more than one EventStore batch, so the
        // ingests' batches commit in between each other's and each worker's events arrive out of time order.
        var lines = File.ReadAllLines(all);
        var files = Enumerable.Range(0, 3).Select(i =>
        {
            var file = dir.File($"slice{i}.ndjson");
            File.WriteAllLines(file, lines.Where((_, n) => n % 3 == i));
            return file;
        }).ToList();
        await using var once = await TestDatabase.CreateAsync(provider);
        await using var concurrent = await TestDatabase.CreateAsync(provider);
        var onceOrg = await MonitoringState.SeedWorkersAsync(once.Database, "org", Workers);
        var concurrentOrg = await MonitoringState.SeedWorkersAsync(concurrent.Database, "org", Workers);

        await new MonitoringService(once.Database, References()).IngestAsync(onceOrg, LogKind.SignIns, LogFormat.Okta, all);
        // One service per ingest, as separate CLI processes or HTTP requests would have.
        var reports = await Task.WhenAll(files.Select(file => Task.Run(() =>
            new MonitoringService(concurrent.Database, References()).IngestAsync(concurrentOrg, LogKind.SignIns, LogFormat.Okta, file))));

        var alerts = await MonitoringState.AlertsAsync(once.Database, onceOrg);
        alerts.Should().Contain(a => a.Contains("NET-10", StringComparison.Ordinal), "the log plants laptop farms");
        alerts.Should().Contain(a => a.Contains("impossible-travel", StringComparison.Ordinal), "the trips are impossible");
        reports.Sum(r => r.Stored).Should().Be(lines.Length);
        reports.Sum(r => r.Detection!.Events).Should().Be(lines.Length, "every stored event is processed once, none skipped");
        (await MonitoringState.EventsAsync(concurrent.Database, concurrentOrg)).Should().Equal(await MonitoringState.EventsAsync(once.Database, onceOrg));
        (await MonitoringState.AlertsAsync(concurrent.Database, concurrentOrg)).Should().Equal(alerts);
        (await new MonitoringService(concurrent.Database, References()).DetectAsync(concurrentOrg)).Events.Should().Be(0, "nothing was left behind");
    }

    /// <summary>The race itself, made deterministic on PostgreSQL: a slow ingest has inserted a sign-in (taking the
    /// lower id) but not committed it when a second ingest stores a whole file and starts detecting. The detection
    /// must wait for the slow store and then process its event; reading past it would skip it for good.</summary>
    [Fact]
    public async Task Detection_waits_for_a_store_in_flight_and_processes_its_late_committing_event()
    {
        using var dir = new TempDirectory();
        var file = dir.File("b.ndjson");
        OktaSyntheticLog.Write(file, 2_000, Workers, seed: 37);
        var line = JsonNode.Parse(File.ReadLines(file).First())!;
        line["uuid"] = "6f1d3c2a-0000-4000-8000-000000000001"; // in no file
        var late = new OktaSystemLogParser().Parse(new MemoryStream(Encoding.UTF8.GetBytes(line.ToJsonString())), "late.ndjson").Single();
        late.TryGetValue(out var signIn).Should().BeTrue();
        await using var db = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        var org = await MonitoringState.SeedWorkersAsync(db.Database, "org", Workers);
        var service = new MonitoringService(db.Database, References());

        Task<IngestFileReport> ingest;
        await using (await MonitoringLock.ForStoreAsync(db.Database, org))
        {
            await using var slow = db.Database.CreateContext(org);
            await using var tx = await slow.Database.BeginTransactionAsync();
            slow.Events.Add(EventMapping.ToEvent(signIn!, org, MonitoringState.WorkerId(0)));
            await slow.SaveChangesAsync(); // the id is taken now: below every id the other ingest will get

            ingest = service.IngestAsync(org, LogKind.SignIns, LogFormat.Okta, file);
            // Wait (by state, not by time) until the other ingest's detection queues behind the slow store.
            for (var polls = 0; !ingest.IsCompleted && await WaitingAdvisoryLocksAsync(slow) == 0; polls++)
            {
                polls.Should().BeLessThan(6_000, "the ingest stores 2,000 events and then detects");
                await Task.Delay(20);
            }
            await tx.CommitAsync();
        } // the slow store ends: its lock goes
        var report = await ingest;

        report.Stored.Should().Be(2_000);
        report.Detection!.Events.Should().Be(2_001, "the detection waited for the slow store and read its event too");
        (await service.DetectAsync(org)).Events.Should().Be(0);
    }

    private static async Task<int> WaitingAdvisoryLocksAsync(VigilDbContext db) =>
        await db.Database.SqlQuery<int>($"""
            SELECT count(*)::int AS "Value" FROM pg_locks
            WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """).SingleAsync();

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Ingest_older_file_after_newer_equals_ingesting_them_at_once(StorageProvider provider)
    {
        using var dir = new TempDirectory();
        var all = dir.File("all.ndjson");
        OktaSyntheticLog.Write(all, 6_000, Workers, seed: 29);
        AddTrips(all);
        var lines = File.ReadAllLines(all); // in time order
        var older = dir.File("older.ndjson");
        var newer = dir.File("newer.ndjson");
        File.WriteAllLines(older, lines[..(lines.Length / 2)]);
        File.WriteAllLines(newer, lines[(lines.Length / 2)..]);
        await using var once = await TestDatabase.CreateAsync(provider);
        await using var late = await TestDatabase.CreateAsync(provider);
        var onceOrg = await MonitoringState.SeedWorkersAsync(once.Database, "org", Workers);
        var lateOrg = await MonitoringState.SeedWorkersAsync(late.Database, "org", Workers);

        await new MonitoringService(once.Database, References()).IngestAsync(onceOrg, LogKind.SignIns, LogFormat.Okta, all);
        var service = new MonitoringService(late.Database, References());
        var first = await service.IngestAsync(lateOrg, LogKind.SignIns, LogFormat.Okta, newer);
        var second = await service.IngestAsync(lateOrg, LogKind.SignIns, LogFormat.Okta, older);

        var alerts = await MonitoringState.AlertsAsync(once.Database, onceOrg);
        alerts.Should().Contain(a => a.Contains("impossible-travel", StringComparison.Ordinal));
        alerts.Should().Contain(a => a.Contains("new-country", StringComparison.Ordinal));
        first.Detection!.SubjectsRebuilt.Should().Be(0);
        second.Detection!.SubjectsRebuilt.Should().BeGreaterThan(0, "the older file reaches back before what was processed");
        second.Detection.Events.Should().Be(second.Stored, "the run reads the new events; only the rebuilt workers' history is re-read");
        (await MonitoringState.AlertsAsync(late.Database, lateOrg)).Should().Equal(alerts);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Endpoint_payroll_and_shipment_files_in_turn_equal_ingesting_them_at_once(StorageProvider provider)
    {
        using var dir = new TempDirectory();
        new PopulationGenerator(new SynthOptions(0, 150, 31, dir.Path, WritePhotos: false)).Generate(TestContext.Current.CancellationToken);
        (string File, LogKind Kind, bool Header)[] logs = [("osquery.ndjson", LogKind.Endpoint, false), ("payroll.csv", LogKind.Payroll, true), ("shipments.csv", LogKind.Shipments, true)];
        await using var once = await TestDatabase.CreateAsync(provider);
        await using var parted = await TestDatabase.CreateAsync(provider);
        // One organization id in both databases, so the imported workers get the same subject ids.
        var onceOrg = await MonitoringState.CreateOrganizationAsync(once.Database, OrgId);
        var partedOrg = await MonitoringState.CreateOrganizationAsync(parted.Database, OrgId);
        await new ApplicantImporter(once.Database).ImportAsync(onceOrg, dir.File("workers.jsonl"));
        await new ApplicantImporter(parted.Database).ImportAsync(partedOrg, dir.File("workers.jsonl"));
        var references = new MonitoringReferences(SynthIntel.Create(), new RemoteAccessCatalogBuilder().AddBuiltIn().Build(), UsbDeviceCatalog.Instance);

        var all = new MonitoringService(once.Database, references);
        foreach (var (file, kind, _) in logs)
        {
            await all.IngestAsync(onceOrg, kind, Format(kind), dir.File(file), detect: false);
        }
        await all.DetectAsync(onceOrg);
        // Each log in two halves, the later half first: every ingest detects, over its own events only.
        var service = new MonitoringService(parted.Database, references);
        var reports = new List<IngestFileReport>();
        foreach (var (file, kind, header) in logs)
        {
            var lines = File.ReadAllLines(dir.File(file));
            var head = header ? lines[..1] : [];
            var body = header ? lines[1..] : lines;
            var later = dir.File("later-" + file);
            var earlier = dir.File("earlier-" + file);
            File.WriteAllLines(later, [.. head, .. body[(body.Length / 2)..]]);
            File.WriteAllLines(earlier, [.. head, .. body[..(body.Length / 2)]]);
            reports.Add(await service.IngestAsync(partedOrg, kind, Format(kind), later));
            reports.Add(await service.IngestAsync(partedOrg, kind, Format(kind), earlier));
        }

        var alerts = await MonitoringState.AlertsAsync(once.Database, onceOrg);
        foreach (var detector in new[] { "remote-access-tool", "payout-destination", "shared-payout-account", "ship-to-mismatch", "shared-ship-to-address" })
        {
            alerts.Should().Contain(a => a.Contains(detector, StringComparison.Ordinal), $"the synthetic workforce plants {detector}");
        }
        reports.Should().AllSatisfy(r => r.Detection!.Events.Should().Be(r.Stored, "each run reads the events it stored, not the history"));
        reports.Sum(r => r.Detection!.SubjectsRebuilt).Should().BeGreaterThan(0, "the earlier halves reach back before what was processed");
        (await MonitoringState.AlertsAsync(parted.Database, partedOrg)).Should().Equal(alerts);
    }

    private static LogFormat Format(LogKind kind) => kind == LogKind.Endpoint ? LogFormat.Osquery : LogFormat.Csv;

    /// <summary>Sends the first <see cref="Travellers"/> workers on trips: every fifth sign-in of theirs comes from
    /// London (another country, 7,000+ km from any US city) on an IP of its own.</summary>
    private static void AddTrips(string path)
    {
        var lines = File.ReadAllLines(path);
        var counts = new int[Travellers];
        for (var n = 0; n < lines.Length; n++)
        {
            var e = JsonNode.Parse(lines[n])!;
            var email = e["actor"]!["alternateId"]!.GetValue<string>();
            var worker = int.Parse(email.AsSpan(6, 5), CultureInfo.InvariantCulture);
            if (worker >= Travellers || e["securityContext"]!["isProxy"]!.GetValue<bool>() || ++counts[worker] % 5 != 0)
            {
                continue;
            }
            var ip = string.Create(CultureInfo.InvariantCulture, $"81.2.69.{worker + 1}");
            var client = e["client"]!;
            client["ipAddress"] = ip;
            client["geographicalContext"] = new JsonObject
            {
                ["city"] = "London", ["state"] = "England", ["country"] = "United Kingdom", ["postalCode"] = "EC1A",
                ["geolocation"] = new JsonObject { ["lat"] = 51.5072, ["lon"] = -0.1276 },
            };
            e["request"]!["ipChain"]![0]!["ip"] = ip;
            lines[n] = e.ToJsonString();
        }
        File.WriteAllLines(path, lines);
    }
}
