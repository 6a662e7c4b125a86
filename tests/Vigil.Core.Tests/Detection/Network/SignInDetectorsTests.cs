using AwesomeAssertions;
using Vigil.Core.Detection.Network;
using Vigil.Core.Events;
using Vigil.Core.Reference;
using Vigil.Core.Tests.Events;

namespace Vigil.Core.Tests.Detection.Network;

public sealed class SignInDetectorsTests
{
    private static readonly WorkerProfile W = Some.Worker(1);

    [Fact]
    public void Anonymizer_named_astrill_is_net05_with_higher_weight()
    {
        var d = new AnonymizerSignInDetector();
        d.Observe(Some.SignIn(W, anonymizer: AnonymizerKind.Vpn, provider: "Astrill VPN"));
        d.Observe(Some.SignIn(W, anonymizer: AnonymizerKind.Vpn, provider: "Astrill VPN"));

        var f = d.Complete().Should().ContainSingle().Subject.Finding;
        f.IndicatorId.Should().Be("NET-05");
        f.Weight.Should().Be(new AnonymizerSignInOptions().NamedProviderWeight);
        f.Summary.Should().Contain("Astrill");
    }

    [Fact]
    public void Anonymizer_single_vpn_sign_in_is_not_reported()
    {
        var d = new AnonymizerSignInDetector();
        d.Observe(Some.SignIn(W, anonymizer: AnonymizerKind.Vpn));
        d.Observe(Some.SignIn(W));

        d.Complete().Should().BeEmpty();
    }

    [Fact]
    public void Anonymizer_hosting_ips_are_net07()
    {
        var d = new AnonymizerSignInDetector();
        d.Observe(Some.SignIn(W, anonymizer: AnonymizerKind.Hosting));
        d.Observe(Some.SignIn(W, anonymizer: AnonymizerKind.Hosting));

        d.Complete().Single().Finding.IndicatorId.Should().Be("NET-07");
    }

    [Fact]
    public void New_country_after_learning_period_is_reported()
    {
        var d = new NewCountryDetector();
        for (var i = 0; i < 10; i++)
        {
            d.Observe(Some.SignIn(W, Some.T0.AddDays(i)));
        }
        d.Observe(Some.SignIn(W, Some.T0.AddDays(20), "198.51.100.77", "CN"));

        d.Complete().Single().Finding.Summary.Should().Contain("CN");
    }

    [Fact]
    public void New_country_during_learning_period_is_learned_not_reported()
    {
        var d = new NewCountryDetector();
        d.Observe(Some.SignIn(W, Some.T0));
        d.Observe(Some.SignIn(W, Some.T0.AddDays(2), "198.51.100.77", "MX"));
        d.Observe(Some.SignIn(W, Some.T0.AddDays(30), "198.51.100.78", "MX"));

        d.Complete().Should().BeEmpty();
    }

    [Fact]
    public void Residence_mismatch_when_most_sign_ins_are_abroad()
    {
        var d = new ResidenceMismatchDetector(new WorkerDirectory([W]));
        for (var i = 0; i < 6; i++)
        {
            d.Observe(Some.SignIn(W, Some.T0.AddDays(i), "198.51.100.77", "CN"));
        }
        d.Observe(Some.SignIn(W, Some.T0.AddDays(7)));

        d.Complete().Single().Finding.IndicatorId.Should().Be("NET-09");
    }

    [Fact]
    public void Residence_traveller_with_a_week_abroad_is_not_reported()
    {
        var d = new ResidenceMismatchDetector(new WorkerDirectory([W]));
        for (var i = 0; i < 20; i++)
        {
            d.Observe(Some.SignIn(W, Some.T0.AddDays(i), country: i < 5 ? "FR" : "US"));
        }

        d.Complete().Should().BeEmpty();
    }

    [Fact]
    public void Shared_device_across_two_workers_is_reported_for_both()
    {
        var d = new SharedDeviceDetector();
        d.Observe(Some.SignIn(W, device: "guo-1"));
        d.Observe(Some.SignIn(Some.Worker(2), device: "guo-1"));
        d.Observe(Some.SignIn(Some.Worker(3), device: "guo-3"));

        d.Complete().Should().HaveCount(2).And.OnlyContain(f => f.Finding.IndicatorId == "NET-02");
    }
}
