using AwesomeAssertions;
using Vigil.Core.Names;

namespace Vigil.Core.Tests.Names;

public sealed class KoreanNameKeyTests
{
    [Theory]
    [InlineData("kim", "gim")]
    [InlineData("pak", "park")]
    [InlineData("pak", "bak")]
    [InlineData("ri", "rhee")]
    [InlineData("ri", "lee")]
    [InlineData("ri", "yi")]
    [InlineData("lee", "i")]
    [InlineData("choe", "choi")]
    [InlineData("jong", "chong")]
    [InlineData("jong", "jeong")]
    [InlineData("jong", "chung")]
    [InlineData("chol", "cheol")]
    [InlineData("hyok", "hyeok")]
    [InlineData("song", "seong")]
    [InlineData("kyong", "gyeong")]
    [InlineData("songil", "seongil")]
    public void AreVariants_romanizationVariants_true(string a, string b) => KoreanNameKey.AreVariants(a, b).Should().BeTrue();

    [Theory]
    [InlineData("kim", "pak")]
    [InlineData("jong", "jang")]
    [InlineData("un", "man")]
    [InlineData("chol", "chul")]
    public void AreVariants_differentNames_false(string a, string b) => KoreanNameKey.AreVariants(a, b).Should().BeFalse();

    [Theory]
    [InlineData("smith", false)]
    [InlineData("alexander", false)]
    [InlineData("hyok", true)]
    [InlineData("songil", true)]
    public void LooksKorean_detectsRomanizedSyllables(string token, bool expected) => KoreanNameKey.LooksKorean(token).Should().Be(expected);
}
