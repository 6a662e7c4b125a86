using AwesomeAssertions;
using Vigil.Core.Events;
using Vigil.Ingest.Osquery;
using Vigil.Ingest.Tests.Streaming;

namespace Vigil.Ingest.Tests.Osquery;

public sealed class OsqueryResultParserTests
{
    [Fact]
    public void Parse_event_snapshot_and_batch_formats()
    {
        var results = new OsqueryResultParser().Parse(Fixtures.Open("osquery-results.ndjson"), "x").Select(r => r.GetValueOrThrow()).ToList();

        results.Should().HaveCount(3);
        var usb = results[0];
        usb.Table.Should().Be(EndpointTable.UsbDevices);
        usb.Action.Should().Be("added");
        usb.User.Should().Be("anguyen");
        usb.At.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1741051200));
        usb.UsbDevices.Should().ContainSingle().Which.Should().Be(new UsbDevice("1d6b", "0104", "Linux Foundation", "Multifunction Composite Gadget", "CAFEBABE"));
        var programs = results[1];
        programs.Table.Should().Be(EndpointTable.Programs);
        programs.Action.Should().Be("snapshot");
        programs.Software.Select(s => s.Name).Should().Equal("AnyDesk", "Astrill VPN");
        programs.HostUuid.Should().Be("7e3a1c55-2b4d-4f6e-9a81-0c2d3e4f5a6b");
        results[2].Table.Should().Be(EndpointTable.LoggedInUsers);
    }

    [Fact]
    public void Parse_string_unixtime_and_bad_line_are_handled()
    {
        const string text = "{\"name\":\"pack_x_processes\",\"hostIdentifier\":\"h\",\"unixTime\":\"1741051200\",\"columns\":{\"name\":\"AnyDesk.exe\",\"path\":\"C:\\\\AnyDesk.exe\"},\"action\":\"added\"}\n{\"name\":\"pack_x_processes\",\"unixTime\":1}\n";

        var results = new OsqueryResultParser().Parse(Fixtures.Bytes(text), "o.ndjson").ToList();

        results[0].GetValueOrThrow().Software.Should().ContainSingle().Which.Path.Should().Be("C:\\AnyDesk.exe");
        results[1].Error!.Field.Should().Be("hostIdentifier");
        results[1].Error!.Line.Should().Be(2);
    }
}
