using AwesomeAssertions;
using Vigil.Core.Identifiers;
using Vigil.Sharing.Export;
using Vigil.Sharing.Policy;
using Vigil.Sharing.Stix.Objects;
using Vigil.Sharing.Stix.Observables;
using Vigil.Sharing.Stix.Patterns;
using Vigil.Sharing.Stix.Serialization;
using Vigil.Sharing.Tests.Support;

namespace Vigil.Sharing.Tests.Export;

public class StixExporterTests
{
    private static readonly StixExportOptions Options = new("Org A", Some.Keyring());

    private static SharingDecision Decide(IdentifierKind kind, string value, SharingAction action) =>
        new(new ShareCandidate(kind, value, true, IndicatorIds: ["COM-02"]), action, "test");

    [Fact]
    public void Hashed_export_never_contains_the_raw_value()
    {
        var objects = StixExporter.Export([Decide(IdentifierKind.Phone, "+14155550100", SharingAction.ShareHashed)], Options).ToList();
        var json = string.Join("\n", objects.Select(StixSerializer.Serialize));

        json.Should().NotContain("4155550100");
        var indicator = objects.OfType<Indicator>().Should().ContainSingle().Subject;
        StixPatternParser.IsValid(indicator.Pattern).Should().BeTrue();
        indicator.Labels.Should().Equal("COM-02");
        objects.OfType<KeyedIdentifierObservable>().Should().ContainSingle().Which.Hash.Should().HaveLength(64);
        objects.OfType<Relationship>().Should().ContainSingle().Which.RelationshipType.Should().Be("indicates");
    }

    [Fact]
    public void Withheld_decisions_export_nothing() =>
        StixExporter.Export([Decide(IdentifierKind.Phone, "+14155550100", SharingAction.Withhold)], Options).OfType<Indicator>().Should().BeEmpty();

    [Theory]
    [InlineData(IdentifierKind.Email, "jdoe@example.com")]
    [InlineData(IdentifierKind.Phone, "+14155550100")]
    [InlineData(IdentifierKind.IpAddress, "203.0.113.7")]
    [InlineData(IdentifierKind.GitHub, "octo-dev")]
    [InlineData(IdentifierKind.BankAccount, "GB82WEST12345698765432")]
    public void Raw_export_then_import_gives_back_kind_and_value(IdentifierKind kind, string raw)
    {
        var value = Canonicalizer.Canonicalize(kind, raw).Value;
        var importer = new StixIndicatorImporter();
        var back = StixExporter.Export([Decide(kind, value, SharingAction.ShareRaw)], Options).SelectMany(importer.Accept).ToList();

        back.Should().ContainSingle();
        back[0].Kind.Should().Be(kind);
        back[0].Value.Should().Be(value);
        back[0].Source.Should().Be("Org A");
    }

    [Fact]
    public void Hashed_export_then_import_gives_back_hash_and_key()
    {
        var importer = new StixIndicatorImporter();
        var back = StixExporter.Export([Decide(IdentifierKind.CryptoWallet, "0xabc", SharingAction.ShareHashed)], Options)
            .SelectMany(importer.Accept).Single();

        back.Value.Should().BeNull();
        back.KeyedHash.Should().Be(Options.Keyring.Hash(IdentifierKind.CryptoWallet, "0xabc").Hash);
        back.KeyId.Should().Be("k1");
    }

    [Fact]
    public void Reexport_gives_same_indicator_ids()
    {
        var a = StixExporter.Export([Decide(IdentifierKind.Phone, "+14155550100", SharingAction.ShareHashed)], Options).OfType<Indicator>().Single();
        var b = StixExporter.Export([Decide(IdentifierKind.Phone, "+14155550100", SharingAction.ShareHashed)], Options).OfType<Indicator>().Single();
        a.Id.Should().Be(b.Id);
    }

    [Fact]
    public void Importer_skips_patterns_it_cannot_use()
    {
        var importer = new StixIndicatorImporter();
        var results = importer.Accept(new Indicator
        {
            Id = "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
            Pattern = "[file:size > 10]",
        }).ToList();
        results.Should().BeEmpty();
        importer.Skipped.Should().Be(1);
    }
}
