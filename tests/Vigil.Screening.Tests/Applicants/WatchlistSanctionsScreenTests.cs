using AwesomeAssertions;
using Vigil.Core.Detection;
using Vigil.Screening.Applicants;
using Vigil.Screening.Lists;
using Vigil.Screening.Matching;
using Vigil.TestSupport;

namespace Vigil.Screening.Tests.Applicants;

public sealed class WatchlistSanctionsScreenTests
{
    private static readonly Lazy<LoadedLists> Lists = new(() => ListLoader.Load([RepoPaths.Fixture(Path.Combine("screening", "ofac"))]));
    private static readonly Lazy<WatchlistIndex> Index = new(() => WatchlistIndex.Build(Lists.Value.Entries));

    private static SanctionsQuery Query(string name, params string[] wallets) => new(name, null, null, wallets);

    [Fact]
    public void Screen_listedName_returnsEntryWithProgramsAndNameFeature()
    {
        var matches = new WatchlistSanctionsScreen(Index.Value).Screen(Query("Yinyin Tian"));

        var m = matches.Should().ContainSingle().Subject;
        m.EntryId.Should().Be("ofac-sdn:28263");
        m.ListId.Should().Be("ofac-sdn");
        m.Programs.Should().BeEquivalentTo(["DPRK3", "CYBER2"]);
        m.MatchedName.Should().Be("TIAN, Yinyin");
        m.Score.Should().BeGreaterThanOrEqualTo(MatchOptions.DefaultThreshold);
        m.Features.Should().Contain(f => f.StartsWith("name:", StringComparison.Ordinal));
        m.IsIdentifierMatch.Should().BeFalse();
    }

    [Fact]
    public void Screen_listedWallet_isExactIdentifierMatchEvenWithUnrelatedName()
    {
        var matches = new WatchlistSanctionsScreen(Index.Value).Screen(Query("Alice Example", "134r8iHv69xdT6p5qVKTsHrcUEuBVZAYak"));

        var m = matches.Should().ContainSingle().Subject;
        m.EntryId.Should().Be("ofac-sdn:28263");
        m.Score.Should().Be(1.0);
        m.IsIdentifierMatch.Should().BeTrue();
        m.Features.Should().Contain(f => f.StartsWith("wallet:exact", StringComparison.Ordinal));
    }

    [Fact]
    public void Screen_listedEmailAndPassport_areExactMatchesButNotWalletMatches()
    {
        var screen = new WatchlistSanctionsScreen(Index.Value);

        var byEmail = screen.Screen(Query("Nobody Here") with { Emails = ["417136259@qq.com"] });
        var byPassport = screen.Screen(Query("Nobody Here") with { DocumentIds = ["927220230"] });

        byEmail.Should().ContainSingle(m => m.EntryId == "ofac-sdn:28263").Which.Features.Should().Contain(f => f.StartsWith("email:exact", StringComparison.Ordinal));
        byEmail.Single().IsIdentifierMatch.Should().BeFalse();
        byPassport.Should().ContainSingle(m => m.EntryId == "ofac-sdn:24979").Which.Score.Should().Be(1.0);
    }

    [Fact]
    public void Screen_dateOfBirthQualifier_isReportedAsFeature()
    {
        var m = new WatchlistSanctionsScreen(Index.Value).Screen(new SanctionsQuery("Jong Song Hwa", "KP", new DateOnly(1970, 2, 5), []))
            .Should().ContainSingle().Subject;

        m.Features.Should().Contain(f => f.StartsWith("dob_match", StringComparison.Ordinal));
        m.Features.Should().Contain(f => f.StartsWith("country_match", StringComparison.Ordinal));
    }

    [Fact]
    public void Screen_unrelatedName_returnsNothing()
    {
        new WatchlistSanctionsScreen(Index.Value).Screen(Query("Maria Fernanda Gonzalez")).Should().BeEmpty();
    }

    [Fact]
    public void Screen_suppressedPair_hiddenForThatSubjectOnly_untilEntryHashChanges()
    {
        var subject = Guid.NewGuid();
        var other = Guid.NewGuid();
        var entry = Lists.Value.Entries.Single(e => e.Id == "ofac-sdn:28263");
        var hash = ListEntryHash.Compute(entry);
        var screen = new WatchlistSanctionsScreen(Index.Value, new SuppressionSet([(subject, entry.Id, hash)]));
        var stale = new WatchlistSanctionsScreen(Index.Value, new SuppressionSet([(subject, entry.Id, "0000000000000000")]));

        screen.Screen(Query("Tian Yinyin") with { SubjectId = subject }).Should().BeEmpty();
        screen.Screen(Query("Tian Yinyin") with { SubjectId = other }).Should().ContainSingle();
        stale.Screen(Query("Tian Yinyin") with { SubjectId = subject }).Should().ContainSingle("the entry changed since the decision");
    }

    [Fact]
    public void ListEntryJson_roundTrip_keepsContentHash()
    {
        foreach (var entry in Lists.Value.Entries)
        {
            var back = ListEntryJson.Deserialize(ListEntryJson.Serialize(entry), entry.Id);
            ListEntryHash.Compute(back).Should().Be(ListEntryHash.Compute(entry), entry.Id);
            back.Aliases.Should().BeEquivalentTo(entry.Aliases);
            back.Wallets.Should().BeEquivalentTo(entry.Wallets);
            back.Type.Should().Be(entry.Type);
        }
    }

    [Fact]
    public void ListDelta_betweenHashMaps_findsAddedRemovedChanged()
    {
        var before = new Dictionary<string, string> { ["a"] = "1", ["b"] = "2", ["c"] = "3" };
        var after = new Dictionary<string, string> { ["a"] = "1", ["b"] = "9", ["d"] = "4" };

        var delta = ListDelta.Between(before, after);

        delta.Added.Should().Equal("d");
        delta.Removed.Should().Equal("c");
        delta.Changed.Should().Equal("b");
        ListDelta.Between(null, after).Added.Should().HaveCount(3);
    }
}
