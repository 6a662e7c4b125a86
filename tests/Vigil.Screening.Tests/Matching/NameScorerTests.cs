using AwesomeAssertions;
using FsCheck.Xunit;
using Vigil.Screening.Matching;

namespace Vigil.Screening.Tests.Matching;

public sealed class NameScorerTests
{
    private static NameToken[] Tokens(string name) =>
        NameNormalizer.Tokens(name).Select(t => NameToken.Create(t, 0.9f)).ToArray();

    private static double Score(string query, string candidate) => NameScorer.Score(Tokens(query), Tokens(candidate));

    [Theory]
    [InlineData("Sarah Day", "Sardasht")]
    [InlineData("Martha Leon", "Maltarent")]
    [InlineData("Anna Bell", "Annabelle Trading")]
    public void Score_twoTokensGluedIntoUnrelatedWord_belowThreshold(string query, string candidate) =>
        Score(query, candidate).Should().BeLessThan(MatchOptions.DefaultThreshold);

    [Theory]
    [InlineData("Song Il", "Songil", 1.0)]
    [InlineData("Songil", "Song Il", 1.0)]
    [InlineData("Yanbian Silver Star", "Yanbian Silverstar", 1.0)]
    [InlineData("Seong Il", "Songil", 0.95)]
    [InlineData("Song Ill", "Songil", 0.9)]
    public void Score_joinedOrSplitToken_matches(string query, string candidate, double atLeast) =>
        Score(query, candidate).Should().BeGreaterThanOrEqualTo(atLeast);

    [Theory]
    [InlineData("sarahday", "sardasht")]
    [InlineData("jongil", "jangul")]
    [InlineData("abcd", "abce")]
    public void JoinedSimilarity_moreThanNearlyEqual_zero(string joined, string single) =>
        NameScorer.JoinedSimilarity(NameToken.Create(joined, 1), NameToken.Create(single, 1)).Should().Be(0);

    [Fact]
    public void Explain_joinedToken_pairsTheJoinedText()
    {
        var (score, pairs) = NameScorer.Explain(Tokens("Kim Song Il"), Tokens("Kim Songil"));

        score.Should().Be(1);
        pairs.Should().Contain(p => p.Query == "songil" && p.Candidate == "songil");
    }

    [Property]
    public bool Score_explainAgreesWithScore(string? a, string? b)
    {
        var (q, c) = (Tokens(a ?? ""), Tokens(b ?? ""));
        return Math.Abs(NameScorer.Explain(q, c).Score - NameScorer.Score(q, c)) < 1e-12;
    }

    [Property]
    public bool Score_inUnitRange(string? a, string? b)
    {
        var s = Score(a ?? "", b ?? "");
        return s is >= 0 and <= 1;
    }
}
