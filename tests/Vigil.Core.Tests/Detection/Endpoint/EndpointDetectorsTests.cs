using AwesomeAssertions;
using Vigil.Core.Detection.Endpoint;
using Vigil.Core.Events;
using Vigil.Core.Reference;
using Vigil.Core.Tests.Events;

namespace Vigil.Core.Tests.Detection.Endpoint;

public sealed class EndpointDetectorsTests
{
    private static readonly WorkerProfile W = Some.Worker(1);

    private static DeviceSnapshot Snapshot(EndpointTable table, string action = "added", IReadOnlyList<SoftwareItem>? software = null, IReadOnlyList<UsbDevice>? usb = null)
    {
        var s = new DeviceSnapshot
        {
            EventId = Guid.NewGuid().ToString("N"), At = Some.T0, HostIdentifier = "lt-01", QueryName = "pack_vigil_x", Table = table, Action = action,
            Software = software ?? [], UsbDevices = usb ?? [],
        };
        s.SubjectId = W.SubjectId;
        s.SubjectKey = W.Key;
        return s;
    }

    [Fact]
    public void Pikvm_serial_is_end01_identified()
    {
        var d = new IpKvmDetector(new Usb());
        d.Observe(Snapshot(EndpointTable.UsbDevices, usb: [new UsbDevice("1d6b", "0104", "Linux Foundation", "Multifunction Composite Gadget", "CAFEBABE")]));

        var f = d.Complete().Should().ContainSingle().Subject.Finding;
        f.IndicatorId.Should().Be("END-01");
        f.Weight.Should().Be(new IpKvmOptions().IdentifiedWeight);
    }

    [Fact]
    public void Ordinary_keyboard_and_removed_rows_are_not_reported()
    {
        var d = new IpKvmDetector(new Usb());
        d.Observe(Snapshot(EndpointTable.UsbDevices, usb: [new UsbDevice("046d", "c31c", "Logitech", "Keyboard")]));
        d.Observe(Snapshot(EndpointTable.UsbDevices, action: "removed", usb: [new UsbDevice("1d6b", "0104", null, null, "CAFEBABE")]));

        d.Complete().Should().BeEmpty();
    }

    [Fact]
    public void Two_remote_access_tools_weigh_more_than_one()
    {
        var d = new RemoteAccessToolDetector(new Rmm());
        d.Observe(Snapshot(EndpointTable.Programs, software: [new SoftwareItem("AnyDesk"), new SoftwareItem("TeamViewer 15"), new SoftwareItem("Slack")]));

        var f = d.Complete().Should().ContainSingle().Subject.Finding;
        f.IndicatorId.Should().Be("END-02");
        f.Weight.Should().Be(new RemoteAccessToolOptions().SeveralToolsWeight);
    }

    [Fact]
    public void Sanctioned_remote_access_tool_is_not_reported()
    {
        var d = new RemoteAccessToolDetector(new Rmm(), new RemoteAccessToolOptions { Sanctioned = ["TeamViewer"] });
        d.Observe(Snapshot(EndpointTable.Programs, software: [new SoftwareItem("TeamViewer 15")]));

        d.Complete().Should().BeEmpty();
    }

    [Fact]
    public void Jiggler_software_is_end03()
    {
        var d = new MouseJigglerDetector(new Usb());
        d.Observe(Snapshot(EndpointTable.Processes, software: [new SoftwareItem("MouseJiggler.exe")]));

        d.Complete().Single().Finding.IndicatorId.Should().Be("END-03");
    }

    private sealed class Rmm : IRemoteAccessCatalog
    {
        public RemoteAccessTool? MatchProgram(string programName) =>
            programName.StartsWith("AnyDesk", StringComparison.OrdinalIgnoreCase) ? new RemoteAccessTool("AnyDesk", "Remote Access", programName)
            : programName.StartsWith("TeamViewer", StringComparison.OrdinalIgnoreCase) ? new RemoteAccessTool("TeamViewer", "Remote Access", programName)
            : null;

        public RemoteAccessTool? MatchExecutable(string nameOrPath) => MatchProgram(Path.GetFileName(nameOrPath));
    }

    private sealed class Usb : IUsbDeviceCatalog
    {
        public UsbDeviceMatch? Match(string? vendorId, string? productId, string? vendorName, string? model, string? serial = null) =>
            string.Equals(serial, "CAFEBABE", StringComparison.OrdinalIgnoreCase) ? new UsbDeviceMatch("PiKVM", UsbDeviceKind.IpKvm, "END-01", "high", "serial CAFEBABE")
            : vendorId == "1d6b" && productId == "0104" ? new UsbDeviceMatch("Linux gadget", UsbDeviceKind.LinuxGadget, "END-01", "medium", "1d6b:0104")
            : null;

        public UsbDeviceMatch? MatchHostname(string hostname) => null;

        public UsbDeviceMatch? MatchSoftware(string programOrProcessName) =>
            programOrProcessName.Contains("jiggler", StringComparison.OrdinalIgnoreCase) ? new UsbDeviceMatch("Mouse Jiggler", UsbDeviceKind.MouseJiggler, "END-03", "high", programOrProcessName) : null;
    }
}
