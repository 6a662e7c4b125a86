using AwesomeAssertions;
using Vigil.Core.Linking.Text;

namespace Vigil.Core.Tests.Linking.Text;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Senior  JAVA\tDeveloper!!", "senior java developer")]
    [InlineData("  Résumé — Café  ", "resume cafe")]
    [InlineData("ＦＵＬＬ-width ｔｅｘｔ", "full width text")]
    [InlineData("C#/.NET, SQL; AWS", "c net sql aws")]
    [InlineData("zero\u200Bwidth", "zerowidth")]
    [InlineData("", "")]
    [InlineData("!!! ---", "")]
    public void Normalize_folds_case_unicode_punctuation_whitespace(string input, string expected) =>
        TextNormalizer.Normalize(input).Should().Be(expected);

    [Fact]
    public void Normalize_lone_surrogate_does_not_throw() =>
        TextNormalizer.Normalize("ab\uD800cd").Should().Be("ab cd");
}
