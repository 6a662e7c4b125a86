using System.Text.Json;
using AwesomeAssertions;
using Vigil.Core.Detection;
using Vigil.Core.Detection.Endpoint;
using Vigil.Core.Detection.Payroll;
using Vigil.Core.Detection.Shipping;
using Vigil.Core.Events;
using Vigil.Core.Reference;
using Vigil.Core.Tests.Events;

namespace Vigil.Core.Tests.Detection;

/// <summary>
/// Incremental detection of the low-volume sources (osquery, payroll, shipments): every detector resumed from its
/// saved state ends where one uninterrupted run ends; the shared ones (payout account, ship-to address) do not
/// depend on order; the per-worker ones rebuild one worker's entry from a time-ordered replay.
/// </summary>
public sealed class LowVolumeDetectorStateTests
{
    private static readonly WorkerProfile[] Workers = [.. Enumerable.Range(1, 8).Select(n => Some.Worker(n, home: $"{n} oak street dallas"))];

    public static TheoryData<string> Detectors => new(
        RemoteAccessToolDetector.Id, IpKvmDetector.Id, MouseJigglerDetector.Id,
        PayoutDestinationDetector.Id, SharedPayoutAccountDetector.Id, FrequentPayrollChangeDetector.Id, PayrollChangeFromAnonymizerDetector.Id,
        ShipToMismatchDetector.Id, SharedShipToAddressDetector.Id);

    public static TheoryData<string> SharedDetectors => new(SharedPayoutAccountDetector.Id, SharedShipToAddressDetector.Id);

    public static TheoryData<string> PerWorkerDetectors => new(
        RemoteAccessToolDetector.Id, IpKvmDetector.Id, MouseJigglerDetector.Id,
        PayoutDestinationDetector.Id, FrequentPayrollChangeDetector.Id, PayrollChangeFromAnonymizerDetector.Id, ShipToMismatchDetector.Id);

    /// <summary>A detector with a uniform face over the three event kinds.</summary>
    private sealed class Probe(IStatefulDetector detector)
    {
        public IStatefulDetector Detector { get; } = detector;

        public void Observe(object e)
        {
            switch (Detector, e)
            {
                case (IEndpointDetector d, DeviceSnapshot s):
                    d.Observe(s);
                    break;
                case (IPayrollDetector d, PayrollChange c):
                    d.Observe(c);
                    break;
                case (IShipmentDetector d, Shipment s):
                    d.Observe(s);
                    break;
            }
        }

        public string Findings()
        {
            IReadOnlyList<SubjectFinding> findings = Detector switch
            {
                IEndpointDetector d => d.Complete(),
                IPayrollDetector d => d.Complete(),
                _ => ((IShipmentDetector)Detector).Complete(),
            };
            return JsonSerializer.Serialize(findings.OrderBy(f => f.SubjectKey, StringComparer.Ordinal)
                .ThenBy(f => f.Finding.IndicatorId, StringComparer.Ordinal).ToList());
        }
    }

    private static Probe Create(string id)
    {
        var directory = new WorkerDirectory(Workers);
        IStatefulDetector detector = id switch
        {
            RemoteAccessToolDetector.Id => new RemoteAccessToolDetector(new Catalog()),
            IpKvmDetector.Id => new IpKvmDetector(new Catalog()),
            MouseJigglerDetector.Id => new MouseJigglerDetector(new Catalog()),
            PayoutDestinationDetector.Id => new PayoutDestinationDetector(directory),
            SharedPayoutAccountDetector.Id => new SharedPayoutAccountDetector(),
            FrequentPayrollChangeDetector.Id => new FrequentPayrollChangeDetector(),
            PayrollChangeFromAnonymizerDetector.Id => new PayrollChangeFromAnonymizerDetector(new TableIpIntelligence(new Dictionary<string, IpInfo>
            {
                ["185.220.101.4"] = new(Anonymizer: AnonymizerKind.Tor, Provider: "Tor exit"),
                ["45.83.220.9"] = new(Anonymizer: AnonymizerKind.Vpn, Provider: "Astrill VPN"),
            })),
            ShipToMismatchDetector.Id => new ShipToMismatchDetector(directory),
            _ => new SharedShipToAddressDetector(),
        };
        return new Probe(detector);
    }

    /// <summary>Ninety days of osquery snapshots, payroll changes and shipments for eight workers, in time order:
    /// remote-access tools, an IP-KVM and a jiggler on some hosts; crypto, Payoneer, foreign banks, a shared account,
    /// frequent changes, changes from Tor/VPN; shipments to a shared farm address and abroad.</summary>
    private static List<object> Stream(int seed)
    {
        var random = new Random(seed);
        var list = new List<object>();
        string[] programs = ["AnyDesk", "TeamViewer 15", "Slack", "MouseJiggler", "Zoom"];
        string[] accounts = ["GB29NWBK60161331926819", "shared@payout.example", "TXyz1234567890abcdefghijklmnopqrsT", "123456789"];
        string[] ips = ["185.220.101.4", "45.83.220.9", "203.0.113.5"];
        string[] addresses = ["700 farm road nashville", "1 harbour road dandong"];
        for (var day = 0; day < 90; day++)
        {
            foreach (var w in Workers)
            {
                var n = Array.IndexOf(Workers, w) + 1;
                var at = Some.T0.AddDays(day).AddMinutes(random.Next(600));
                if (random.NextDouble() < 0.3)
                {
                    var software = n % 3 == 0 ? [] : new[] { new SoftwareItem(programs[random.Next(programs.Length)], $"{random.Next(9)}.0") };
                    var usb = n == 4 && random.NextDouble() < 0.5 ? new[] { new UsbDevice("1d6b", "0104", "Linux Foundation", "Gadget", random.NextDouble() < 0.5 ? "CAFEBABE" : null) } : [];
                    list.Add(Snapshot(w, at, software, usb));
                }
                if (random.NextDouble() < 0.05 * (n % 4 + 1))
                {
                    var account = accounts[random.Next(accounts.Length)];
                    var kind = account.Contains('@', StringComparison.Ordinal) ? PayoutKind.PaymentService : account.StartsWith("TX", StringComparison.Ordinal) ? PayoutKind.Crypto : PayoutKind.BankAccount;
                    list.Add(Change(w, at.AddMinutes(1), kind, account, random.Next(2) == 0 ? null : ips[random.Next(ips.Length)]));
                }
                if (random.NextDouble() < 0.04)
                {
                    var address = n <= 3 ? addresses[0] : n == 5 ? addresses[1] : w.HomeAddressKeys![0];
                    list.Add(Ship(w, at.AddMinutes(2), address, n == 5 ? "CN" : "US"));
                }
            }
        }
        return list;
    }

    private static DeviceSnapshot Snapshot(WorkerProfile w, DateTimeOffset at, IReadOnlyList<SoftwareItem> software, IReadOnlyList<UsbDevice> usb)
    {
        var s = new DeviceSnapshot
        {
            EventId = $"o{at.UtcTicks}{w.Key}", At = at, HostIdentifier = $"lt-{w.Key}", QueryName = "pack_vigil_programs",
            Table = usb.Count > 0 ? EndpointTable.UsbDevices : EndpointTable.Programs, Action = "added", Software = software, UsbDevices = usb,
        };
        s.SubjectId = w.SubjectId;
        s.SubjectKey = w.Key;
        return s;
    }

    private static PayrollChange Change(WorkerProfile w, DateTimeOffset at, PayoutKind kind, string account, string? ip)
    {
        var c = new PayrollChange
        {
            EventId = $"p{at.UtcTicks}{w.Key}", At = at, Employee = w.Logins[0], Kind = kind, Account = account,
            Provider = kind == PayoutKind.PaymentService ? "payoneer" : kind == PayoutKind.Crypto ? "usdt-trc20" : "NatWest",
            AccountKey = $"{kind}:{account.ToLowerInvariant()}", SourceIp = ip,
        };
        c.SubjectId = w.SubjectId;
        c.SubjectKey = w.Key;
        return c;
    }

    private static Shipment Ship(WorkerProfile w, DateTimeOffset at, string address, string country)
    {
        var s = new Shipment
        {
            EventId = $"s{at.UtcTicks}{w.Key}", At = at, Employee = w.Logins[0], ShipTo = address, ShipToKey = address, Country = country,
            Item = "laptop", AssetSerial = $"SN{at.UtcTicks % 100000}",
        };
        s.SubjectId = w.SubjectId;
        s.SubjectKey = w.Key;
        return s;
    }

    [Theory, MemberData(nameof(Detectors))]
    public void Detector_resumed_from_saved_state_equals_one_uninterrupted_run(string id)
    {
        var events = Stream(5);
        var whole = Create(id);
        events.ForEach(whole.Observe);

        var current = Create(id);
        var cuts = new[] { 0, events.Count / 5, events.Count / 2, events.Count * 4 / 5, events.Count };
        for (var c = 0; c + 1 < cuts.Length; c++)
        {
            if (c > 0)
            {
                var saved = current.Detector.SaveState();
                current = Create(id);
                current.Detector.LoadState(saved);
            }
            events.Skip(cuts[c]).Take(cuts[c + 1] - cuts[c]).ToList().ForEach(current.Observe);
        }

        var expected = whole.Findings();
        expected.Should().NotBe("[]", "the stream plants something for every detector");
        current.Findings().Should().Be(expected);
        current.Detector.SaveState().Should().Be(whole.Detector.SaveState());
    }

    [Theory, MemberData(nameof(Detectors))]
    public void Detector_saved_state_round_trips_unchanged(string id)
    {
        var d = Create(id);
        Stream(9).Take(300).ToList().ForEach(d.Observe);
        var saved = d.Detector.SaveState();
        var restored = Create(id);
        restored.Detector.LoadState(saved);

        restored.Detector.SaveState().Should().Be(saved);
        restored.Findings().Should().Be(d.Findings());
    }

    [Theory, MemberData(nameof(SharedDetectors))]
    public void Shared_detector_findings_do_not_depend_on_order(string id)
    {
        var events = Stream(13);
        var forward = Create(id);
        events.ForEach(forward.Observe);
        forward.Findings().Should().NotBe("[]");
        for (var seed = 1; seed <= 5; seed++)
        {
            var random = new Random(seed);
            var shuffled = Create(id);
            events.OrderBy(_ => random.Next()).ToList().ForEach(shuffled.Observe);

            shuffled.Findings().Should().Be(forward.Findings(), $"shuffle {seed}");
        }
    }

    [Theory, MemberData(nameof(PerWorkerDetectors))]
    public void Per_worker_entry_copied_from_time_ordered_replay_equals_one_ordered_run(string id)
    {
        var events = Stream(17);
        var ordered = Create(id);
        events.ForEach(ordered.Observe);
        // Later files first, as when an older export arrives last; then each worker is rebuilt from a replay.
        var late = Create(id);
        events.Skip(events.Count / 2).Concat(events.Take(events.Count / 2)).ToList().ForEach(late.Observe);
        var replay = Create(id);
        events.ForEach(replay.Observe);
        foreach (var w in Workers)
        {
            ((ISubjectStateDetector)late.Detector).CopySubjectState(w.Key, (ISubjectStateDetector)replay.Detector);
        }

        ordered.Findings().Should().NotBe("[]");
        late.Findings().Should().Be(ordered.Findings());
    }

    [Fact]
    public void Copying_a_worker_absent_from_the_source_removes_their_entry()
    {
        var d = Create(RemoteAccessToolDetector.Id);
        Stream(3).ForEach(d.Observe);
        var empty = Create(RemoteAccessToolDetector.Id);
        foreach (var w in Workers)
        {
            ((ISubjectStateDetector)d.Detector).CopySubjectState(w.Key, (ISubjectStateDetector)empty.Detector);
        }

        d.Findings().Should().Be("[]");
    }

    private sealed class Catalog : IUsbDeviceCatalog, IRemoteAccessCatalog
    {
        public UsbDeviceMatch? Match(string? vendorId, string? productId, string? vendorName, string? model, string? serial = null) =>
            string.Equals(serial, "CAFEBABE", StringComparison.OrdinalIgnoreCase) ? new UsbDeviceMatch("PiKVM", UsbDeviceKind.IpKvm, "END-01", "high", "serial CAFEBABE")
            : vendorId == "1d6b" && productId == "0104" ? new UsbDeviceMatch("Linux gadget", UsbDeviceKind.LinuxGadget, "END-01", "medium", "1d6b:0104")
            : null;

        public UsbDeviceMatch? MatchHostname(string hostname) => null;

        public UsbDeviceMatch? MatchSoftware(string programOrProcessName) =>
            programOrProcessName.Contains("jiggler", StringComparison.OrdinalIgnoreCase)
                ? new UsbDeviceMatch("Mouse Jiggler", UsbDeviceKind.MouseJiggler, "END-03", "high", programOrProcessName)
                : null;

        public RemoteAccessTool? MatchProgram(string programName) =>
            programName.StartsWith("AnyDesk", StringComparison.OrdinalIgnoreCase) ? new RemoteAccessTool("AnyDesk", "Remote Access", programName)
            : programName.StartsWith("TeamViewer", StringComparison.OrdinalIgnoreCase) ? new RemoteAccessTool("TeamViewer", "Remote Access", programName)
            : null;

        public RemoteAccessTool? MatchExecutable(string nameOrPath) => MatchProgram(Path.GetFileName(nameOrPath));
    }
}
