using AwesomeAssertions;
using Vigil.Ingest.Synthetic;
using Vigil.Intel.Ip;
using Vigil.Intel.RemoteAccess;
using Vigil.Intel.Usb;
using Vigil.Server.Application.Monitoring;
using Vigil.Storage;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Application.Monitoring;

public class MonitoringAccuracyTests
{
    [Fact]
    public async Task Synth_workforce_planted_groups_are_found_and_benign_lookalikes_stay_below_high()
    {
        using var dir = new TempDirectory();
        new PopulationGenerator(new SynthOptions(0, 300, 11, dir.Path, WritePhotos: false)).Generate(TestContext.Current.CancellationToken);
        await using var db = await TestDatabase.CreateAsync(StorageProvider.Sqlite);
        var org = await db.Database.EnsureOrganizationAsync("synth");
        // No npm IP data in unit tests: the anonymizer verdicts come from the ranges the generator itself uses.
        var references = new MonitoringReferences(SynthIntel.Create(), new RemoteAccessCatalogBuilder().AddBuiltIn().Build(), UsbDeviceCatalog.Instance);

        await MonitoringAccuracy.IngestSynthAsync(db.Database, references, org.Id, dir.Path, TestContext.Current.CancellationToken);
        var report = await MonitoringAccuracy.EvaluateAsync(db.Database, org.Id, dir.File("labels.csv"), TestContext.Current.CancellationToken);

        report.Recall.Where(g => g.Name != "impossible-travel workers").Should().AllSatisfy(g =>
        {
            g.Subjects.Should().BeGreaterThan(0, g.Name);
            g.Rate.Should().BeGreaterThanOrEqualTo(0.95, $"{g.Name}: missed {string.Join(", ", g.Examples)}");
        });
        // Impossible-travel workers are reported, not held to a target here: without the real geo data, sign-ins of
        // the CSV log carry no location. `vigil bench monitor --synth-workers` measures them with it.
        report.Recall.Should().Contain(g => g.Name == "impossible-travel workers");
        report.BenignFlaggedHigh.Where(g => g.Name is "frequent travellers" or "VPN users").Should().AllSatisfy(g =>
        {
            g.Subjects.Should().BeGreaterThan(0, g.Name);
            g.Rate.Should().BeLessThanOrEqualTo(0.01, $"{g.Name}: flagged {string.Join(", ", g.Examples)}");
        });
    }
}
