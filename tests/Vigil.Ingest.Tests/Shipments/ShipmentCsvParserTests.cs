using AwesomeAssertions;
using Vigil.Ingest.Shipments;
using Vigil.Ingest.Tests.Streaming;

namespace Vigil.Ingest.Tests.Shipments;

public sealed class ShipmentCsvParserTests
{
    [Fact]
    public void Parse_canonicalizes_ship_to_addresses_so_spellings_match()
    {
        var results = new ShipmentCsvParser().Parse(Fixtures.Text("shipments.csv"), "shipments.csv").ToList();

        var good = results.Where(r => r.IsSuccess).Select(r => r.Value!).ToList();
        good.Should().HaveCount(3);
        good[0].ShipToKey.Should().Be(good[1].ShipToKey);
        good[2].ShipToKey.Should().NotBe(good[0].ShipToKey);
        good[0].Country.Should().Be("US");
        results.Single(r => !r.IsSuccess).Error!.Should().Match<Vigil.Ingest.Common.IngestError>(e => e.Line == 5 && e.Field == "ship_to_address");
    }
}
