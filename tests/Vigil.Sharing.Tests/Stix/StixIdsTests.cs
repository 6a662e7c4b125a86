using AwesomeAssertions;
using Vigil.Sharing.Stix;
using Vigil.Sharing.Stix.Observables;

namespace Vigil.Sharing.Tests.Stix;

public class StixIdsTests
{
    // Expected values computed independently with Python's uuid.uuid5 over the RFC 8785 canonical JSON.
    [Fact]
    public void EmailAddress_id_is_uuid5_over_canonical_value() =>
        new EmailAddress { Value = "john@example.com" }.ComputeId().Should().Be("email-addr--7165e2a9-671f-585d-b1e1-ca59c671d934");

    [Fact]
    public void Ipv4Address_id_is_uuid5_over_canonical_value() =>
        new Ipv4Address { Value = "198.51.100.3" }.ComputeId().Should().Be("ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4");

    [Fact]
    public void UserAccount_id_sorts_contributing_properties() =>
        new UserAccount { UserId = "1001", AccountLogin = "jdoe", AccountType = "unix", DisplayName = "ignored" }
            .ComputeId().Should().Be("user-account--f94d689e-707d-58c3-b803-c720bb6ed096");

    [Fact]
    public void UserAccount_id_leaves_out_absent_properties()
    {
        var a = new UserAccount { UserId = "1001" }.ComputeId();
        var b = new UserAccount { UserId = "1001", AccountType = null }.ComputeId();
        a.Should().Be(b);
    }

    [Fact]
    public void Custom_phone_sco_id_is_deterministic_and_declared()
    {
        var phone = VigilStixExtensions.Declare(new PhoneNumberObservable { Value = "+14155550100" });
        phone.Id.Should().Be("x-vigil-phone-number--417272e5-4edf-581c-8139-b2f71b1ebf9d");
        phone.Extensions.Should().ContainKey(VigilStixExtensions.PhoneNumberId);
    }

    [Theory]
    [InlineData("indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", "indicator", true)]
    [InlineData("indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", "malware", false)]
    [InlineData("indicator-8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f", null, false)]
    [InlineData("indicator--not-a-uuid", null, false)]
    public void IsValid_checks_type_and_uuid(string id, string? type, bool expected) =>
        StixIds.IsValid(id, type).Should().Be(expected);

    [Fact]
    public void CanonicalJson_escapes_minimally_and_sorts_by_code_unit() =>
        CanonicalJson.Serialize([new("b", "é\"\n"), new("a", "x"), new("B", 1)])
            .Should().Be("{\"B\":1,\"a\":\"x\",\"b\":\"é\\\"\\n\"}");
}
