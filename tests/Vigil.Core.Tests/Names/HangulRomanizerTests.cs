using AwesomeAssertions;
using Vigil.Core.Names;

namespace Vigil.Core.Tests.Names;

public sealed class HangulRomanizerTests
{
    [Theory]
    [InlineData("김정은", KoreanRomanization.McCuneReischauer, "Kim Jong Un")]
    [InlineData("김정은", KoreanRomanization.Revised, "Kim Jeong Eun")]
    [InlineData("박성일", KoreanRomanization.McCuneReischauer, "Pak Song Il")]
    [InlineData("박성일", KoreanRomanization.Revised, "Park Seong Il")]
    [InlineData("리동혁", KoreanRomanization.McCuneReischauer, "Ri Tong Hyok")]
    [InlineData("최철민", KoreanRomanization.Revised, "Choi Cheol Min")]
    [InlineData("남궁민수", KoreanRomanization.Revised, "Namgung Min Su")]
    [InlineData("김 상남", KoreanRomanization.McCuneReischauer, "Kim Sang Nam")]
    public void RomanizeName_hangulName_surnameThenSyllables(string hangul, KoreanRomanization system, string expected) =>
        HangulRomanizer.RomanizeName(hangul, system).Should().Be(expected);

    [Fact]
    public void Romanize_nonHangul_passesThrough() =>
        HangulRomanizer.Romanize("KIM 정", KoreanRomanization.Revised).Should().Be("KIM jeong");
}
