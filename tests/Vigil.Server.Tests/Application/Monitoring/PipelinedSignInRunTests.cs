using AwesomeAssertions;
using Vigil.Core.Events;
using Vigil.Intel.Ip;
using Vigil.Intel.RemoteAccess;
using Vigil.Intel.Usb;
using Vigil.Ingest.Okta;
using Vigil.Server.Application.Monitoring;
using Vigil.TestSupport;

namespace Vigil.Server.Tests.Application.Monitoring;

public class PipelinedSignInRunTests
{
    private static MonitoringReferences References() =>
        new(IpIntelligence.Empty, new RemoteAccessCatalogBuilder().AddBuiltIn().Build(), UsbDeviceCatalog.Instance);

    private static WorkerDirectory Workers(int count) =>
        new(Enumerable.Range(0, count).Select(i => WorkerProfile.Create(new Guid(i + 1, 0, 0, [0, 0, 0, 0, 0, 0, 0, 1]),
            [$"worker{i:D5}@example.com"], "US", "America/Chicago")).ToList());

    private static List<string> Describe(IEnumerable<SubjectFinding> findings) =>
        findings.Select(f => $"{f.SubjectKey}|{f.Finding.DetectorId}|{f.Finding.IndicatorId}|{f.Finding.Summary}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Run_on_two_threads_finds_exactly_what_one_thread_finds()
    {
        using var dir = new TempDirectory();
        var file = dir.File("okta.ndjson");
        OktaSyntheticLog.Write(file, 5000, 200, seed: 3);
        var workers = Workers(200);

        var sequential = new MonitoringPipeline(workers, References());
        using (var stream = File.OpenRead(file))
        {
            foreach (var r in new OktaSystemLogParser().Parse(stream, file))
            {
                if (r.TryGetValue(out var s))
                {
                    sequential.Observe(s);
                }
            }
        }
        var twoThreads = new MonitoringPipeline(workers, References());
        long observed;
        using (var stream = File.OpenRead(file))
        {
            observed = PipelinedSignInRun.Run(new OktaSystemLogParser().Parse(stream, file), twoThreads);
        }

        observed.Should().Be(sequential.SignIns);
        twoThreads.SignIns.Should().Be(sequential.SignIns);
        var expected = Describe(sequential.Complete());
        expected.Should().NotBeEmpty();
        Describe(twoThreads.Complete()).Should().Equal(expected);
    }

    [Fact]
    public void Run_stops_at_the_limit()
    {
        using var dir = new TempDirectory();
        var file = dir.File("okta.ndjson");
        OktaSyntheticLog.Write(file, 3000, 50, seed: 5);
        var pipeline = new MonitoringPipeline(Workers(50), References());
        using var stream = File.OpenRead(file);

        var observed = PipelinedSignInRun.Run(new OktaSystemLogParser().Parse(stream, file), pipeline, limit: 1500);

        observed.Should().Be(1500);
        pipeline.SignIns.Should().Be(1500);
    }
}
