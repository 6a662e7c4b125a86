using AwesomeAssertions;
using Vigil.Core.Identifiers;

namespace Vigil.Core.Tests.Identifiers;

public class PayoutAccountCanonicalizerTests
{
    [Theory]
    [InlineData("payoneer:1234-5678", null, "payoneer:12345678", "payoneer")]
    [InlineData("1234 5678", "Payoneer", "payoneer:12345678", "payoneer")]
    [InlineData("J.Smith+pay@GoogleMail.com", "PayPal", "paypal:jsmith@gmail.com", "paypal")]
    [InlineData("paypal:J.Smith@gmail.com", null, "paypal:jsmith@gmail.com", "paypal")]
    [InlineData("TransferWise: GB82 WEST 1234 5698 7654 32", null, "wise:GB82WEST12345698765432", "wise")]
    [InlineData("P1234567", null, "unknown:P1234567", "unknown")]
    [InlineData("cash app:$jane", null, "cashapp:$JANE", "cashapp")]
    public void Canonicalize_gives_provider_and_account(string raw, string? provider, string expected, string detail)
    {
        var id = Canonicalizer.Canonicalize(IdentifierKind.PayoutAccount, raw, new CanonicalizationContext(Provider: provider));
        id.Value.Should().Be(expected);
        id.IsValid.Should().BeTrue();
        id.Detail.Should().Be(detail);
    }

    [Fact]
    public void Canonicalize_invalid_account_names_provider_and_reason()
    {
        var id = PayoutAccountCanonicalizer.Canonicalize("paypal:not-an-email@", null);
        id.IsValid.Should().BeFalse();
        id.Detail.Should().Be("paypal: empty domain");
    }
}
