using AwesomeAssertions;
using Vigil.Core.Identifiers;

namespace Vigil.Core.Tests.Identifiers;

public class PostalAddressCanonicalizerTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "123 Main St., Apt. 5", "123 main street unit 5" },
        { "123 Main Street #5", "123 main street unit 5" },
        { "123 MAIN ST UNIT 5", "123 main street unit 5" },
        { "123 Main St Suite 5", "123 main street unit 5" },
        { "123 Main St, Apt #5", "123 main street unit 5" },
        { "123 Main St Apartment 5", "123 main street unit 5" },
        { "1 N. Main St., St. Louis, MO 63101", "1 north main street saint louis mo 63101" },
        { "1 North Main Street, Saint Louis, Missouri 63101", "1 north main street saint louis mo 63101" },
        { "1 N Main St St Louis MO 63101", "1 north main street saint louis mo 63101" },
        { "500 Market St, San Francisco, CA 94105-1234", "500 market street san francisco ca 94105-1234" },
        { "500 Market Street San Francisco California 94105 1234", "500 market street san francisco ca 94105-1234" },
        { "500 Market St, San Francisco, CA 94105", "500 market street san francisco ca 94105" },
        { "12 St Marks Pl, New York, NY 10003", "12 saint marks place new york ny 10003" },
        { "1 First Ave, New York, New York 10001", "1 1st avenue new york ny 10001" },
        { "1 1st Avenue, New York, NY 10001", "1 1st avenue new york ny 10001" },
        { "100 New York Ave NW, Washington, DC 20005", "100 new york avenue northwest washington dc 20005" },
        { "100 5th St Apt 2", "100 5th street unit 2" },
        { "123 Main St, Omaha, NE 68102", "123 main street omaha ne 68102" },
        { "1 Elm Ct, Hartford, CT 06103", "1 elm court hartford ct 06103" },
        { "123 Main St, Springfield, IL 62701, USA", "123 main street springfield il 62701 us" },
        { "123 Main St, Springfield, IL 62701, United States of America", "123 main street springfield il 62701 us" },
        { "400 Pine St, Seattle, Washington", "400 pine street seattle wa" },
        { "P.O. Box 123, Anchorage, AK 99501", "po box 123 anchorage ak 99501" },
        { "Post Office Box 123, Anchorage, Alaska 99501", "po box 123 anchorage ak 99501" },
        { "Calle José Martí 5, Málaga", "calle jose marti 5 malaga" },
        { "10 Downing Street, London SW1A 2AA", "10 downing street london sw1a 2aa" },
        { "Apt. 5-B, 77 Elm Rd", "unit 5b 77 elm road" },
        { "Unit E, 4 Oak Ct", "unit e 4 oak ct" },
        { "4 Oak Ct, Hartford", "4 oak court hartford" },
        { "123 Washington", "123 washington" },
        { "  12   Ft.  Worth   Blvd ", "12 fort worth boulevard" },
        { "서울특별시 강남구 테헤란로 152", "서울특별시 강남구 테헤란로 152" },
        { "東京都千代田区丸の内1-1", "東京都千代田区丸の内1 1" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Canonicalize_address_gives_folded_expanded_form(string raw, string expected)
    {
        var id = Canonicalizer.Canonicalize(IdentifierKind.PostalAddress, raw);
        id.Value.Should().Be(expected);
        id.IsValid.Should().BeTrue(id.Detail);
        id.Raw.Should().Be(raw);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData(" , ; ", "empty")]
    [InlineData("Nowhere", "too short")]
    public void Canonicalize_unusable_address_is_flagged(string raw, string reason)
    {
        var id = PostalAddressCanonicalizer.Canonicalize(raw);
        id.IsValid.Should().BeFalse();
        id.Detail.Should().Be(reason);
    }

    [Fact]
    public void Canonicalize_address_without_digits_is_valid_but_noted()
    {
        var id = PostalAddressCanonicalizer.Canonicalize("Tokyo, Japan");
        id.IsValid.Should().BeTrue();
        id.Value.Should().Be("tokyo japan");
        id.Detail.Should().Be("no house number or postcode");
    }
}
