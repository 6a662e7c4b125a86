using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AwesomeAssertions;
using Vigil.Core.Identifiers;
using Vigil.Sharing.Export;
using Vigil.Sharing.Misp;
using Vigil.Sharing.Policy;
using Vigil.Sharing.Stix.Markings;
using Vigil.Sharing.Tests.Support;
using Vigil.TestSupport;

namespace Vigil.Sharing.Tests.Misp;

public class MispFeedTests
{
    [Fact]
    public async Task Feed_has_manifest_event_files_and_hashes_and_reads_back()
    {
        using var dir = new TempDirectory();
        var options = new StixExportOptions("Org A", Some.Keyring());
        SharingDecision[] decisions =
        [
            new(new ShareCandidate(IdentifierKind.Phone, "+14155550100", true, TlpLevel.Amber), SharingAction.ShareHashed, ""),
            new(new ShareCandidate(IdentifierKind.Email, "x@example.com", true, TlpLevel.Green), SharingAction.ShareRaw, ""),
        ];

        var count = await MispFeedWriter.WriteAsync(dir.Path, decisions, options);

        count.Should().Be(2);
        using var manifest = JsonDocument.Parse(File.ReadAllText(dir.File("manifest.json")));
        var uuids = manifest.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        uuids.Should().HaveCount(2);
        foreach (var uuid in uuids)
        {
            File.Exists(dir.File(uuid + ".json")).Should().BeTrue();
        }
        var hashLines = File.ReadAllLines(dir.File("hashes.csv"));
        hashLines.Should().Contain(Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes("x@example.com"))) + "," + uuids.Single(u =>
            File.ReadAllText(dir.File(u + ".json")).Contains("x@example.com", StringComparison.Ordinal)));
        File.ReadAllText(dir.File(uuids[0] + ".json")).Should().NotContain("4155550100");

        var reader = new MispFeedReader();
        var back = await reader.ReadAsync(dir.Path);
        reader.Errors.Should().BeEmpty();
        back.Should().Contain(i => i.Kind == IdentifierKind.Email && i.Value == "x@example.com" && i.Source == "Org A");
        back.Should().Contain(i => i.Kind == IdentifierKind.Phone && i.KeyedHash == options.Keyring.Hash(IdentifierKind.Phone, "+14155550100").Hash);
    }

    [Fact]
    public async Task Reader_reports_bad_event_file_and_keeps_others()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("a.json"), """{"Event":{"Orgc":{"name":"X"},"Attribute":[{"type":"ip-src","value":"203.0.113.9"},{"type":"md5","value":"abc"}]}}""");
        File.WriteAllText(dir.File("b.json"), "{not json");
        var reader = new MispFeedReader();

        var back = await reader.ReadAsync(dir.Path);

        back.Should().ContainSingle().Which.Value.Should().Be("203.0.113.9");
        reader.Skipped.Should().Be(1);
        reader.Errors.Should().ContainSingle().Which.Should().Contain("b.json");
    }
}
