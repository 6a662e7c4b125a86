using AwesomeAssertions;
using Vigil.Core.Identifiers;

namespace Vigil.Core.Tests.Identifiers;

public class BankAccountCanonicalizerTests
{
    public static TheoryData<string, string, string> ValidCases => new()
    {
        { "GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432", "iban" },
        { "gb82-west-1234-5698-7654-32", "GB82WEST12345698765432", "iban" },
        { "IBAN GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432", "iban" },
        { "IBAN: GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432", "iban" },
        { "DE89 3704 0044 0532 0130 00", "DE89370400440532013000", "iban" },
        { "FR14 2004 1010 0505 0001 3M02 606", "FR1420041010050500013M02606", "iban" },
        { "NL91ABNA0417164300", "NL91ABNA0417164300", "iban" },
        { "NO93 8601 1117 947", "NO9386011117947", "iban" },
        { "BE68 5390 0754 7034", "BE68539007547034", "iban" },
        { "CH93 0076 2011 6238 5295 7", "CH9300762011623852957", "iban" },
        { "MT84MALT011000012345MTLCAST001S", "MT84MALT011000012345MTLCAST001S", "iban" },
        { "SA03 8000 0000 6080 1016 7519", "SA0380000000608010167519", "iban" },
        { "LC55HEMM000100010012001200023015", "LC55HEMM000100010012001200023015", "iban" },
        { "RU6404452522504070281041234567890", "RU6404452522504070281041234567890", "iban" },
        { "YE15CBYE0001018861234567891234", "YE15CBYE0001018861234567891234", "iban" },
        { "BR1800360305000010009795493C1", "BR1800360305000010009795493C1", "iban" },
        { "ＧＢ８２ＷＥＳＴ１２３４５６９８７６５４３２", "GB82WEST12345698765432", "iban" },
        { "021000021:123456789", "021000021:123456789", "us-aba" },
        { "021000021 / 1234-5678-9", "021000021:123456789", "us-aba" },
        { "021000021 123456789", "021000021:123456789", "us-aba" },
        { "12-34-56 12345678", "12345612345678", "account" },
    };

    [Theory]
    [MemberData(nameof(ValidCases))]
    public void Canonicalize_valid_account_gives_compact_form(string raw, string expected, string detail)
    {
        var id = Canonicalizer.Canonicalize(IdentifierKind.BankAccount, raw);
        id.Value.Should().Be(expected);
        id.IsValid.Should().BeTrue(id.Detail);
        id.Detail.Should().Be(detail);
        id.Raw.Should().Be(raw);
    }

    public static TheoryData<string, string, string> InvalidCases => new()
    {
        { "GB83 WEST 1234 5698 7654 32", "GB83WEST12345698765432", "iban: checksum failed" },
        { "GB82 WEST 1234 5698 7654 3", "GB82WEST1234569876543", "iban: length 21, GB IBANs have 22" },
        { "US82 WEST 1234 5698 7654 32", "US82WEST12345698765432", "iban: US does not use IBAN" },
        { "GB00 WEST 1234 5698 7654 32", "GB00WEST12345698765432", "iban: check digits out of range" },
        { "123456789:12345678", "123456789:12345678", "us-aba: routing checksum failed" },
        { "021000021:12", "021000021:12", "us-aba: account must have 4 to 17 digits" },
        { "12", "12", "account: too short" },
        { "", "", "account: too short" },
    };

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void Canonicalize_invalid_account_is_kept_and_flagged(string raw, string expected, string reason)
    {
        var id = Canonicalizer.Canonicalize(IdentifierKind.BankAccount, raw);
        id.IsValid.Should().BeFalse();
        id.Value.Should().Be(expected);
        id.Detail.Should().Be(reason);
    }

    [Fact]
    public void Canonicalize_space_grouped_digits_without_valid_routing_are_one_account()
    {
        var id = BankAccountCanonicalizer.Canonicalize("123456789 12345678");
        id.Value.Should().Be("12345678912345678");
        id.Detail.Should().Be("account");
    }

    [Theory]
    [InlineData("021000021", true)]
    [InlineData("011000015", true)]
    [InlineData("123456789", false)]
    [InlineData("02100002", false)]
    public void IsValidAbaRouting_checks_weighted_sum(string routing, bool valid)
    {
        BankAccountCanonicalizer.IsValidAbaRouting(routing).Should().Be(valid);
    }

    [Fact]
    public void IbanRegistry_lengths_are_within_iso13616_bounds()
    {
        IbanRegistry.Lengths.Should().HaveCountGreaterThanOrEqualTo(89);
        IbanRegistry.Lengths.Values.Should().OnlyContain(l => l >= 15 && l <= 34);
        IbanRegistry.Lengths.Keys.Should().OnlyContain(k => k.Length == 2 && k.All(char.IsAsciiLetterUpper));
    }

    [Fact]
    public void CountryOf_gives_country_of_valid_iban()
    {
        BankAccountCanonicalizer.CountryOf("DE89370400440532013000").Should().Be("DE");
        BankAccountCanonicalizer.CountryOf("DE89370400440532013001").Should().BeNull();
    }
}
