using System.Text;
using AwesomeAssertions;
using Vigil.Core.Identifiers;

namespace Vigil.Core.Tests.Identifiers;

public class TextFoldingTests
{
    [Theory]
    [InlineData("Crème Brûlée", "creme brulee")]
    [InlineData("  A--B__C  ", "a b c")]
    [InlineData("O'Brien", "obrien")]
    [InlineData("ǅemal", "dzemal")]
    [InlineData("Ⅻ ①", "xii 1")]
    [InlineData("Ωμέγα", "ωμεγα")]
    [InlineData("й", "й")]
    [InlineData("が", "が")]
    [InlineData("한국어", "한국어")]
    [InlineData("𠮷野家", "𠮷野家")]
    [InlineData("", "")]
    public void Fold_gives_expected_text(string input, string expected)
    {
        TextFolding.Fold(input).Should().Be(expected);
    }

    [Fact]
    public void Normalize_replaces_lone_surrogates_instead_of_throwing()
    {
        var act = () => "a\uD800b".Normalize(NormalizationForm.FormKC);
        act.Should().Throw<ArgumentException>();
        TextFolding.Normalize("a\uD800b", NormalizationForm.FormKC).Should().Be("a\uFFFDb");
    }

    [Fact]
    public void ReplaceLoneSurrogates_keeps_valid_pairs()
    {
        TextFolding.ReplaceLoneSurrogates("\U0001F600\uDC00").Should().Be("\U0001F600\uFFFD");
    }
}
