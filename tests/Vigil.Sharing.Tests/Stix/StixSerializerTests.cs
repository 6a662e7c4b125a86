using System.Text.Json.Nodes;
using AwesomeAssertions;
using Vigil.Sharing.Stix;
using Vigil.Sharing.Stix.Markings;
using Vigil.Sharing.Stix.Objects;
using Vigil.Sharing.Stix.Observables;
using Vigil.Sharing.Stix.Serialization;
using Vigil.Sharing.Tests.Support;
using Vigil.TestSupport;

namespace Vigil.Sharing.Tests.Stix;

public class StixSerializerTests
{
    private static string Fixture() => File.ReadAllText(RepoPaths.Fixture("sharing/mixed-bundle.json"));

    [Fact]
    public void ParseBundle_keeps_good_objects_and_reports_bad_one_with_path()
    {
        var outcome = StixSerializer.ParseBundle(Fixture());

        outcome.Bundle.Objects.Should().HaveCount(4);
        outcome.Errors.Should().ContainSingle();
        outcome.Errors[0].Path.Should().Be("$.objects[3].valid_from");
        outcome.Errors[0].ObjectIndex.Should().Be(3);
    }

    [Fact]
    public void ParseBundle_reads_known_types_as_typed_objects()
    {
        var objects = StixSerializer.ParseBundle(Fixture()).Bundle.Objects;

        var indicator = objects[0].Should().BeOfType<Indicator>().Subject;
        indicator.Pattern.Should().Be("[x-vigil-phone-number:value = '+14155550100']");
        indicator.ValidFrom!.Value.ToString().Should().Be("2016-01-01T00:00:00Z");
        indicator.ObjectMarkingRefs.Should().Equal(TlpMarkings.AmberId);
        objects[2].Should().BeOfType<EmailAddress>().Which.Value.Should().Be("john@example.com");
    }

    [Fact]
    public void Unknown_type_and_custom_properties_round_trip_unchanged()
    {
        var outcome = StixSerializer.ParseBundle(Fixture());
        var source = JsonNode.Parse(Fixture())!["objects"]!.AsArray();

        foreach (var (obj, index) in new[] { (outcome.Bundle.Objects[0], 0), (outcome.Bundle.Objects[1], 1), (outcome.Bundle.Objects[3], 4) })
        {
            JsonAssert.Equivalent(source[index]!.ToJsonString(), StixSerializer.Serialize(obj));
        }
        outcome.Bundle.Objects[1].Should().BeOfType<GenericStixObject>().Which.Type.Should().Be("x-partner-widget");
    }

    [Fact]
    public void ParseObject_without_type_is_an_error_at_root()
    {
        var result = StixSerializer.ParseObject("""{"id":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f"}""");
        result.Success.Should().BeFalse();
        result.Error!.Path.Should().Be("$");
        result.Error.Message.Should().Contain("type");
    }

    [Fact]
    public void ParseObject_with_id_of_other_type_is_an_error_on_id()
    {
        var result = StixSerializer.ParseObject(
            """{"type":"malware","id":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","created":"2016-04-06T20:03:48.000Z","modified":"2016-04-06T20:03:48.000Z"}""");
        result.Error!.Path.Should().Be("$.id");
    }

    [Fact]
    public void ParseObject_with_modified_before_created_is_an_error()
    {
        var result = StixSerializer.ParseObject(
            """{"type":"malware","id":"malware--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f","created":"2016-04-06T20:03:48.000Z","modified":"2015-04-06T20:03:48.000Z"}""");
        result.Error!.Path.Should().Be("$.modified");
    }

    [Fact]
    public void ParseBundle_of_broken_json_reports_line()
    {
        var outcome = StixSerializer.ParseBundle("{\"type\":\"bundle\",\n\"objects\": [ {\"type\": }");
        outcome.Success.Should().BeFalse();
        outcome.Errors[0].Message.Should().Contain("line 2");
    }

    [Fact]
    public void Serialize_writes_snake_case_and_omits_nulls()
    {
        var indicator = new Indicator
        {
            SpecVersion = "2.1",
            Id = "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
            Created = StixTimestamp.Parse("2026-01-01T00:00:00.000Z"),
            Modified = StixTimestamp.Parse("2026-01-01T00:00:00.000Z"),
            Pattern = "[x-vigil-phone-number:value = '+14155550100']",
            ValidFrom = StixTimestamp.Parse("2026-01-01T00:00:00.000Z"),
        };

        var json = StixSerializer.Serialize(indicator);

        json.Should().StartWith("{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":");
        json.Should().Contain("\"pattern_type\":\"stix\"").And.Contain("\"valid_from\":\"2026-01-01T00:00:00.000Z\"");
        json.Should().Contain("'+14155550100'");
        json.Should().NotContain("null");
    }

    [Fact]
    public void Tlp_marking_definitions_serialize_as_published()
    {
        var json = StixSerializer.Serialize(TlpMarkings.Definition(TlpLevel.AmberStrict));
        JsonAssert.Equivalent(
            """
            {"type":"marking-definition","spec_version":"2.1","id":"marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
             "created_by_ref":"identity--b3bca3c2-1f3d-4b54-b44f-dac42c3a8f01","created":"2022-10-01T00:00:00.000Z",
             "name":"TLP:AMBER+STRICT","extensions":{"extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d":
             {"extension_type":"property-extension","tlp_2_0":"amber+strict"}}}
            """,
            json);
    }
}
