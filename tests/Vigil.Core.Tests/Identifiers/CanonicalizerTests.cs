using AwesomeAssertions;
using Vigil.Core.Identifiers;

namespace Vigil.Core.Tests.Identifiers;

public class CanonicalizerTests
{
    [Fact]
    public void Gmail_dots_tags_and_googlemail_fold_to_one_address()
    {
        var id = Canonicalizer.Canonicalize(IdentifierKind.Email, "J.Smith+jobs@GoogleMail.com");
        id.Value.Should().Be("jsmith@gmail.com");
        id.IsValid.Should().BeTrue();
    }

    [Fact]
    public void Us_phone_in_national_punctuation_becomes_e164()
    {
        var id = Canonicalizer.Canonicalize(IdentifierKind.Phone, "+1 (415) 555-0100");
        id.Value.Should().Be("+14155550100");
    }

    [Fact]
    public void Iban_with_spaces_is_validated_and_compacted()
    {
        var id = Canonicalizer.Canonicalize(IdentifierKind.BankAccount, "GB82 WEST 1234 5698 7654 32");
        id.Value.Should().Be("GB82WEST12345698765432");
        id.IsValid.Should().BeTrue();
    }

    [Fact]
    public void Mixed_case_evm_address_is_lower_cased()
    {
        var id = Canonicalizer.Canonicalize(IdentifierKind.CryptoWallet, "0x52908400098527886E0F7030069857D2E4169EE7");
        id.Value.Should().Be("0x52908400098527886e0f7030069857d2e4169ee7");
    }
}
