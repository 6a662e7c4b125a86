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

    private static List<string> Sequential(string file, WorkerDirectory workers, out long signIns)
    {
        var pipeline = new MonitoringPipeline(workers, References());
        using (var stream = File.OpenRead(file))
        {
            foreach (var r in new OktaSystemLogParser().Parse(stream, file))
            {
                if (r.TryGetValue(out var s))
                {
                    pipeline.Observe(s);
                }
            }
        }
        signIns = pipeline.SignIns;
        return Describe(pipeline.Complete());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Run_file_on_parallel_parsers_and_detector_lanes_finds_exactly_what_one_thread_finds(int parsers)
    {
        using var dir = new TempDirectory();
        var file = dir.File("okta.ndjson");
        OktaSyntheticLog.Write(file, 6000, 200, seed: 3);
        var workers = Workers(200);
        var expected = Sequential(file, workers, out var signIns);

        var parallel = new MonitoringPipeline(workers, References());
        var parsed = new List<OktaSystemLogParser>();
        long observed;
        using (var stream = File.OpenRead(file))
        {
            observed = PipelinedSignInRun.Run(stream, file, () =>
            {
                var parser = new OktaSystemLogParser();
                lock (parsed)
                {
                    parsed.Add(parser);
                }
                return record => parser.Parse(record, file);
            }, parallel, parsers: parsers);
        }

        observed.Should().Be(signIns);
        parallel.SignIns.Should().Be(signIns);
        parsed.Sum(p => p.Counters.Parsed).Should().Be(signIns);
        expected.Should().NotBeEmpty();
        Describe(parallel.Complete()).Should().Equal(expected);
    }

    [Fact]
    public void Run_file_skips_malformed_records_and_stops_at_the_limit()
    {
        using var dir = new TempDirectory();
        var file = dir.File("okta.ndjson");
        OktaSyntheticLog.Write(file, 3000, 50, seed: 5);
        var lines = File.ReadAllLines(file).ToList();
        lines.Insert(1000, "{\"uuid\": broken");
        File.WriteAllLines(file, lines);
        var failures = 0;
        var pipeline = new MonitoringPipeline(Workers(50), References());
        using (var stream = File.OpenRead(file))
        {
            var all = PipelinedSignInRun.Run(stream, file, () =>
            {
                var parser = new OktaSystemLogParser();
                return record =>
                {
                    var result = parser.Parse(record, file);
                    if (result is { IsSuccess: false })
                    {
                        Interlocked.Increment(ref failures);
                    }
                    return result;
                };
            }, pipeline);
            all.Should().Be(pipeline.SignIns);
        }
        failures.Should().Be(1);

        var limited = new MonitoringPipeline(Workers(50), References());
        using var again = File.OpenRead(file);
        PipelinedSignInRun.Run(again, file, () =>
        {
            var parser = new OktaSystemLogParser();
            return record => parser.Parse(record, file);
        }, limited, limit: 1500).Should().Be(1500);
        limited.SignIns.Should().Be(1500);
    }
}
