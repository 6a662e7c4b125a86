using AwesomeAssertions;
using Vigil.Core.Detection;
using Vigil.Core.Detection.Identity;
using Vigil.Core.Identifiers;

namespace Vigil.Core.Tests.Detection.Identity;

public sealed class SanctionsDetectorTests
{
    private static readonly SanctionsDetector Detector = new();
    private const string Wallet = "0x098B716B8Aaf21512996dC57EB0615e2383E2f96";

    [Fact]
    public void Detect_listed_wallet_reports_pay10_at_full_weight_and_passes_canonical_wallets()
    {
        var a = Applicants.Make("Daniel Moore", (IdentifierKind.CryptoWallet, Wallet));
        var screen = new FixedSanctionsScreen(new SanctionsMatch("ofac-sdn", "SDN-1", "LAZARUS GROUP", 1, ["wallet:exact"]));

        var finding = Detector.Detect(a, Applicants.Context([a], new ScreeningReferences(Sanctions: screen))).Should().ContainSingle().Subject;

        finding.DetectorId.Should().Be("sanctions-wallet");
        finding.IndicatorId.Should().Be(IndicatorIds.Pay10SanctionedWallet);
        finding.Weight.Should().Be(SanctionsDetector.WalletWeight);
        finding.Evidence.Should().Equal(new Evidence("matched feature", "wallet:exact", "ofac-sdn:SDN-1"));
        screen.Queries.Should().ContainSingle().Which.Wallets.Should().Equal(a.Identifiers.Single(i => i.Kind == IdentifierKind.CryptoWallet).Value);
    }

    [Fact]
    public void Detect_strong_name_match_reports_san01_weighted_by_score()
    {
        var a = Applicants.Make("Pak Jin Hyok");
        var screen = new FixedSanctionsScreen(new SanctionsMatch("ofac-sdn", "SDN-2", "PARK JIN HYOK", 0.9, ["name:token-set 0.90"]));

        var finding = Detector.Detect(a, Applicants.Context([a], new ScreeningReferences(Sanctions: screen))).Should().ContainSingle().Subject;

        finding.DetectorId.Should().Be("sanctions-name");
        finding.IndicatorId.Should().Be(IndicatorIds.San01Sanctions);
        finding.Weight.Should().BeApproximately(54, 1e-9);
        finding.Summary.Should().Contain("SDN-2");
    }

    [Fact]
    public void Detect_weak_name_match_below_min_score_reports_nothing()
    {
        var a = Applicants.Make("Daniel Moore");
        var screen = new FixedSanctionsScreen(new SanctionsMatch("ofac-sdn", "SDN-3", "DANIEL MOOR", 0.6, ["name:token-set 0.60"]));

        Detector.Detect(a, Applicants.Context([a], new ScreeningReferences(Sanctions: screen))).Should().BeEmpty();
    }

    [Fact]
    public void Detect_without_a_sanctions_engine_reports_nothing()
    {
        var a = Applicants.Make("Daniel Moore");

        Detector.Detect(a, Applicants.Context(a)).Should().BeEmpty();
    }
}
