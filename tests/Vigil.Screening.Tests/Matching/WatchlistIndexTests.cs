using AwesomeAssertions;
using FsCheck.Xunit;
using Vigil.Screening.Lists;
using Vigil.Screening.Matching;
using Vigil.TestSupport;

namespace Vigil.Screening.Tests.Matching;

public sealed class WatchlistIndexTests
{
    private static readonly Lazy<WatchlistIndex> Index = new(() =>
    {
        var f = (string p) => RepoPaths.Fixture(Path.Combine("screening", p));
        var extra = new List<ListEntry>();
        // Common-name trap: several designated people share "Kim Jong" and "Kim".
        foreach (var (id, name, dob) in new[] { ("90001", "KIM, Jong Man", "1960"), ("90002", "KIM, Yo Jong", "1987"), ("90003", "KIM, Song Hun", "1970"), ("90004", "KIM, Song Il", "1975") })
        {
            var e = new ListEntry { Id = "test:" + id, Source = "test", SourceId = id, Name = name, Type = EntityType.Person };
            e.DatesOfBirth.Add(dob);
            e.Nationalities.Add("KP");
            extra.Add(e);
        }
        var loaded = ListLoader.Load([f("ofac"), f("un/consolidated.xml"), f("xml/sdn.xml")]);
        return WatchlistIndex.Build(loaded.Entries.Concat(extra));
    });

    private static IReadOnlyList<ScreeningMatch> Match(string name, DateOnly? dob = null, string? country = null, EntityType type = EntityType.Unknown) =>
        Index.Value.Match(new MatchQuery { Name = name, DateOfBirth = dob, Country = country, Type = type });

    [Theory]
    [InlineData("Song Hwa Jong", "ofac-sdn:24979")]
    [InlineData("JONG, Song Hwa", "ofac-sdn:24979")]
    [InlineData("Chong Song-hwa", "ofac-sdn:24979")]
    [InlineData("Jeong Seong Hwa", "ofac-sdn:24979")]
    [InlineData("Jong Songhwa", "ofac-sdn:24979")]
    [InlineData("정성화", "ofac-sdn:24979")]
    [InlineData("Kim Yong-Chol", "ofac-sdn:12211")]
    [InlineData("Gim Young Cheol", "ofac-sdn:12211")]
    [InlineData("Yanbian Silverstar Network Technology", "ofac-sdn:24977")]
    [InlineData("Yanbian Silver Star Network Technology Co Ltd", "ofac-sdn:24977")]
    [InlineData("Chinyong Information Technology Cooperation Co.", "ofac-sdn:43379")]
    [InlineData("Chinyong Informaton Technology Cooperation Company", "ofac-sdn:43379")]
    [InlineData("Yun Ho Jin", "un-sc:KPi.001")]
    [InlineData("Kim Songil", "test:90004")]
    public void Match_nameVariants_findEntryAboveThreshold(string query, string expected)
    {
        var matches = Match(query);

        matches.Should().NotBeEmpty();
        matches[0].EntryId.Should().Be(expected);
        matches[0].IsMatch.Should().BeTrue();
        matches[0].Features.Should().Contain(f => f.Feature == "name");
    }

    [Theory]
    [InlineData("Kim Jong Un")]
    [InlineData("Kim Jong Chol")]
    [InlineData("John Smith")]
    [InlineData("Song")]
    public void Match_commonKoreanShapesAndUnrelatedNames_noMatch(string query) =>
        Match(query).Should().BeEmpty();

    [Fact]
    public void Match_sameNameDifferentDobAndCountry_qualifiersLowerBelowThreshold()
    {
        var plain = Match("Kim Song Hun");
        plain.Should().ContainSingle().Which.EntryId.Should().Be("test:90003");

        var qualified = Match("Kim Song Hun", new DateOnly(1994, 3, 1), "US");

        qualified.Should().BeEmpty();
        var near = Index.Value.Match(new MatchQuery { Name = "Kim Song Hun", DateOfBirth = new DateOnly(1994, 3, 1), Country = "US" }, new MatchOptions { MinScore = 0 });
        near[0].Features.Select(f => f.Feature).Should().Contain(["name", "dob_year_disjoint", "country_mismatch"]);
    }

    [Fact]
    public void Match_walletEmailAndDocument_exactHitsScoreOne()
    {
        var wallet = Index.Value.Match(new MatchQuery { Wallets = ["15YK647qtoZQDzNrvY6HJL6QwXduLHfT28"] });
        wallet.Should().ContainSingle().Which.Score.Should().Be(1.0);
        wallet[0].EntryId.Should().Be("ofac-sdn:28263");
        wallet[0].Features.Should().Contain(f => f.Feature == "crypto_wallet");

        var eth = Index.Value.Match(new MatchQuery { Name = "Someone Else", Wallets = ["0x4F47BC496083C727C5FBE3CE9CDF2B0F6496270C"] });
        eth.Should().ContainSingle().Which.EntryId.Should().Be("ofac-sdn:42498");

        Index.Value.Match(new MatchQuery { Emails = ["417136259@QQ.com"] }).Should().ContainSingle().Which.Score.Should().Be(1.0);
        Index.Value.Match(new MatchQuery { DocumentIds = ["927 220 230"] }).Should().ContainSingle().Which.EntryId.Should().Be("ofac-sdn:24979");
    }

    [Fact]
    public void Match_weakAlias_isMarkedWeakAndScoredLower()
    {
        var matches = Index.Value.Match(new MatchQuery { Name = "RGB" }, new MatchOptions { MinScore = 0.5 });

        matches[0].EntryId.Should().Be("ofac-sdn:12210");
        matches[0].MatchedNameIsWeak.Should().BeTrue();
        matches[0].Score.Should().Be(WatchlistIndex.WeakAliasFactor);
    }

    [Fact]
    public void Match_typeMismatch_personQueryAgainstOrganization_penalized()
    {
        var matches = Index.Value.Match(new MatchQuery { Name = "Chinyong Information Technology Cooperation", Type = EntityType.Person }, new MatchOptions { MinScore = 0 });

        matches[0].Features.Should().Contain(f => f.Feature == "type_mismatch" && f.Value == -0.2);
    }

    [Fact]
    public void Match_indexAgreesWithBruteForce_onFixtureQueries()
    {
        foreach (var q in new[] { "Jong Song Hwa", "Kim Yong Chol", "Yun Ho-chin", "Ri Won Ho", "Kim Jong Man", "Alis LLC" })
        {
            var query = new MatchQuery { Name = q };
            Index.Value.Match(query).Select(m => m.EntryId).Should().Equal(Index.Value.MatchBruteForce(query).Select(m => m.EntryId), q);
        }
    }

    [Property(MaxTest = 300)]
    public bool NameScore_isInUnitInterval(string a, string b)
    {
        var s = Index.Value.ScoreNames(a ?? "", b ?? "");
        return s is >= 0 and <= 1;
    }

    [Property(MaxTest = 300)]
    public bool NameScore_identicalNonEmptyNames_scoreOne(string a)
    {
        var tokens = Index.Value.QueryTokens(a ?? "");
        return tokens.Length == 0 || NameScorer.Score(tokens, tokens) > 0.999;
    }

    [Property(MaxTest = 300)]
    public bool Normalizer_isIdempotent(string a)
    {
        var once = string.Join(' ', NameNormalizer.Tokens(a ?? "", EntityType.Person));
        return string.Join(' ', NameNormalizer.Tokens(once, EntityType.Person)) == once;
    }
}
