using AwesomeAssertions;
using Vigil.Core.Detection.Shipping;
using Vigil.Core.Events;
using Vigil.Core.Tests.Events;

namespace Vigil.Core.Tests.Detection.Shipping;

public sealed class ShippingDetectorsTests
{
    private static Shipment Ship(WorkerProfile w, string addressKey, string? country = "US")
    {
        var s = new Shipment { EventId = Guid.NewGuid().ToString("N"), At = Some.T0, Employee = w.Logins[0], ShipTo = addressKey, ShipToKey = addressKey, Country = country };
        s.SubjectId = w.SubjectId;
        s.SubjectKey = w.Key;
        return s;
    }

    [Fact]
    public void Ship_to_other_than_hr_address_is_shp01_and_abroad_is_shp05()
    {
        var a = Some.Worker(1, home: "12 oak street dallas");
        var b = Some.Worker(2, home: "5 elm road austin");
        var c = Some.Worker(3, home: "9 pine lane boston");
        var d = new ShipToMismatchDetector(new WorkerDirectory([a, b, c]));
        d.Observe(Ship(a, "700 farm road nashville"));
        d.Observe(Ship(b, "1 harbour road dandong", "CN"));
        d.Observe(Ship(c, "9 pine lane boston"));

        var findings = d.Complete().ToDictionary(f => f.SubjectId!.Value, f => f.Finding.IndicatorId);
        findings.Should().HaveCount(2);
        findings[a.SubjectId].Should().Be("SHP-01");
        findings[b.SubjectId].Should().Be("SHP-05");
    }

    [Fact]
    public void Same_ship_to_for_several_workers_is_shp04_but_an_office_is_not()
    {
        var d = new SharedShipToAddressDetector(new SharedShipToAddressOptions { OfficeAddressKeys = ["1 hq plaza"] });
        d.Observe(Ship(Some.Worker(1), "700 farm road nashville"));
        d.Observe(Ship(Some.Worker(2), "700 farm road nashville"));
        d.Observe(Ship(Some.Worker(3), "1 hq plaza"));
        d.Observe(Ship(Some.Worker(4), "1 hq plaza"));

        d.Complete().Should().HaveCount(2).And.OnlyContain(f => f.Finding.IndicatorId == "SHP-04");
    }
}
