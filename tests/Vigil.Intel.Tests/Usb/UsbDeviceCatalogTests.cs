using AwesomeAssertions;
using Vigil.Core.Reference;
using Vigil.Intel.Usb;

namespace Vigil.Intel.Tests.Usb;

public sealed class UsbDeviceCatalogTests
{
    private readonly UsbDeviceCatalog _catalog = UsbDeviceCatalog.Instance;

    [Theory]
    // osquery on Linux: vendor/model from usb.ids, only the serial is PiKVM's own.
    [InlineData("1d6b", "0104", "Linux Foundation", "Multifunction Composite Gadget", "CAFEBABE", "PiKVM")]
    // macOS shows the gadget's own strings.
    [InlineData("0x1D6B", "0x0104", "PiKVM", "PiKVM Composite Device", null, "PiKVM")]
    [InlineData("1d6b", "0104", "tinypilot", "Multifunction USB Device", "6b65796d696d6570690", "TinyPilot")]
    [InlineData("1d6b", "0104", "JetKVM", "USB Emulation Device", "", "JetKVM")]
    [InlineData("3346", "1009", "sipeed", "NanoKVM", "0123456789ABCDEF", "Sipeed NanoKVM")]
    public void Match_kvm_strings_give_specific_device(string vid, string pid, string vendor, string model, string? serial, string device)
    {
        var match = _catalog.Match(vid, pid, vendor, model, serial);
        match.Should().NotBeNull();
        match!.Device.Should().Be(device);
        match.Kind.Should().Be(UsbDeviceKind.IpKvm);
        match.IndicatorId.Should().Be("END-01");
        match.Strength.Should().Be("high");
    }

    [Fact]
    public void Match_generic_linux_gadget_id_is_medium()
    {
        var match = _catalog.Match("1d6b", "0104", "Linux Foundation", "Multifunction Composite Gadget")!;
        match.Kind.Should().Be(UsbDeviceKind.LinuxGadget);
        match.Strength.Should().Be("medium");
    }

    [Theory]
    [InlineData("534d", "2109", UsbDeviceKind.HdmiCapture, "END-01")]
    [InlineData("345F", "2130", UsbDeviceKind.HdmiCapture, "END-01")]
    [InlineData("16c0", "27da", UsbDeviceKind.MouseJiggler, "END-03")]
    [InlineData("1ea7", "64", UsbDeviceKind.MouseJiggler, "END-03")]
    public void Match_capture_and_jiggler_ids(string vid, string pid, UsbDeviceKind kind, string indicator)
    {
        var match = _catalog.Match(vid, pid, null, null)!;
        match.Kind.Should().Be(kind);
        match.IndicatorId.Should().Be(indicator);
    }

    [Theory]
    [InlineData("046d", "c52b", "Logitech, Inc.", "Unifying Receiver")]
    [InlineData("05ac", "8262", "Apple Inc.", "Bluetooth USB Host Controller")]
    [InlineData(null, null, null, null)]
    [InlineData("zzzz", "0104", "", "")]
    public void Match_ordinary_device_is_not_flagged(string? vid, string? pid, string? vendor, string? model) =>
        _catalog.Match(vid, pid, vendor, model).Should().BeNull();

    [Theory]
    [InlineData("pikvm", "PiKVM")]
    [InlineData("pikvm.local", "PiKVM")]
    [InlineData("TinyPilot.local.", "TinyPilot")]
    [InlineData("jetkvm-0a1b2c3d", "JetKVM")]
    public void MatchHostname_default_kvm_hostname(string host, string device) =>
        _catalog.MatchHostname(host)!.Device.Should().Be(device);

    [Theory]
    [InlineData("pikvmfan-laptop")]
    [InlineData("desktop-12ab")]
    public void MatchHostname_other_hostname_is_not_flagged(string host) =>
        _catalog.MatchHostname(host).Should().BeNull();

    [Theory]
    [InlineData("MouseJiggler.exe", "Mouse Jiggler")]
    [InlineData(@"C:\Tools\Move Mouse.exe", "Move Mouse")]
    [InlineData("/Applications/Amphetamine.app", "Amphetamine (macOS)")]
    [InlineData("Caffeine", "Caffeine")]
    public void MatchSoftware_jiggler_program(string name, string device)
    {
        var match = _catalog.MatchSoftware(name)!;
        match.Device.Should().Be(device);
        match.IndicatorId.Should().Be("END-03");
    }

    [Fact]
    public void MatchSoftware_ordinary_program_is_not_flagged() =>
        _catalog.MatchSoftware("Microsoft Word").Should().BeNull();
}
