using AwesomeAssertions;
using Vigil.Screening.Lists;
using Vigil.Screening.Parsers;
using Vigil.TestSupport;

namespace Vigil.Screening.Tests.Parsers;

public sealed class ListParserTests
{
    private static string Fixture(string relative) => RepoPaths.Fixture(Path.Combine("screening", relative));

    [Fact]
    public void OfacCsvSet_mergedByEntNum_keepsAliasesAddressesAndRemarkFacts()
    {
        var loaded = ListLoader.Load([Fixture("ofac")]);

        loaded.AnyFatal.Should().BeFalse();
        loaded.Errors.Should().BeEmpty();
        loaded.Entries.Should().HaveCount(10);
        var kim = loaded.Entries.Single(e => e.Id == "ofac-sdn:12211");
        kim.Name.Should().Be("KIM, Yong Chol");
        kim.Type.Should().Be(EntityType.Person);
        kim.Programs.Should().Equal("DPRK");
        kim.DatesOfBirth.Should().Equal("1947", "1946");
        kim.Aliases.Select(a => a.Name).Should().Equal("KIM, Yong-Chol", "KIM, Young-Chol");
        kim.Addresses.Should().ContainSingle().Which.Country.Should().Be("KP");

        var rgb = loaded.Entries.Single(e => e.Id == "ofac-sdn:12210");
        rgb.Type.Should().Be(EntityType.Organization);
        rgb.Programs.Should().Equal("DPRK", "DPRK2");
        rgb.Aliases.Should().ContainEquivalentOf(new ListAlias("RGB", AliasQuality.Weak, "aka"));
        rgb.Aliases.Should().Contain(a => a.Name == "KPA UNIT 586" && a.Quality == AliasQuality.Strong);

        var tian = loaded.Entries.Single(e => e.Id == "ofac-sdn:28263");
        tian.Wallets.Should().Equal(new ListWallet("XBT", "134r8iHv69xdT6p5qVKTsHrcUEuBVZAYak"), new ListWallet("XBT", "15YK647qtoZQDzNrvY6HJL6QwXduLHfT28"));
        tian.Emails.Should().Equal("417136259@qq.com");
        tian.Phones.Should().Equal("8613621583465");
        tian.Nationalities.Should().Equal("CN");
        tian.Gender.Should().Be("male");

        var jong = loaded.Entries.Single(e => e.Id == "ofac-sdn:24979");
        jong.Identifiers.Should().ContainEquivalentOf(new ListIdentifier("Passport", "927220230", "Korea, North"));
        jong.Nationalities.Should().Equal("KP");
        jong.DatesOfBirth.Should().Equal("1970-02-05");
        // sdn_comments.csv continuation: the first fragment is cut mid-word and ignored, the rest is parsed.
        jong.Emails.Should().Equal("jsh@silverstar.example");
        jong.Websites.Should().Equal("www.silverstarchina.example");

        var alis = loaded.Entries.Single(e => e.Id == "ofac-sdn:48260");
        // ALIS LLC is weak in the remarks but strong in alt.csv: strong wins.
        alis.Aliases.Single(a => a.Name == "ALIS LLC").Quality.Should().Be(AliasQuality.Strong);
        alis.Identifiers.Should().Contain(new ListIdentifier("Tax ID No", "2543103179", "Russia"));
        alis.LinkedTo.Should().Equal("CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY");

        loaded.Entries.Single(e => e.Id == "ofac-sdn:9647").Type.Should().Be(EntityType.Vessel);
    }

    [Fact]
    public void OfacCsv_malformedRows_reportedWithLineAndGoodRowsKept()
    {
        var result = ListLoader.ParseFile(Fixture("ofac-malformed/sdn.csv"));

        result.Fatal.Should().BeFalse();
        result.Entries.Select(e => e.SourceId).Should().Equal("12211", "24979", "557");
        result.Errors.Select(e => e.ToString()).Should().Equal(
            "sdn.csv:2: ent_num: 'X12' is not a number; record skipped",
            "sdn.csv:3: expected 12 columns, found 3; record skipped",
            "sdn.csv:4: unterminated quoted field; record skipped",
            "sdn.csv:6: SDN_Type: unknown type 'spaceship'; kept as unknown");
    }

    [Fact]
    public void OfacXml_readsSchemaFields()
    {
        var result = OfacXmlParser.Parse(Fixture("xml/sdn.xml"));

        result.Fatal.Should().BeFalse();
        result.Version.Should().Be("2026-08-20");
        result.Entries.Select(e => e.Id).Should().Equal("ofac-sdn:24979", "ofac-sdn:44444", "ofac-sdn:43379");
        result.Errors.Should().ContainSingle().Which.Field.Should().Be("uid");
        var jong = result.Entries[0];
        jong.Name.Should().Be("JONG, Song Hwa");
        jong.Gender.Should().Be("male");
        jong.Nationalities.Should().Equal("KP");
        jong.DatesOfBirth.Should().Equal("1970-02-05");
        jong.Aliases.Should().Equal(new ListAlias("CHONG, Song-hwa", AliasQuality.Strong, "aka"));
        jong.ListVersion.Should().Be("2026-08-20");
        var kim = result.Entries[1];
        kim.Programs.Should().Equal("DPRK2", "CYBER2");
        kim.Wallets.Should().Equal(new ListWallet("XBT", "bc1qexampleaddressxxxxxxxxxxxxxxxxxxxxxx"));
        kim.Emails.Should().Equal("ksn@chinyong.example");
        kim.Aliases.Should().Equal(new ListAlias("KIM", AliasQuality.Weak, "aka"));
        kim.Addresses.Should().Equal(new ListAddress("Vladivostok, Russia", "RU"));
        result.Entries[2].Type.Should().Be(EntityType.Organization);
    }

    [Theory]
    [InlineData("xml/xxe.xml")]
    [InlineData("xml/billion-laughs.xml")]
    public void HostileXml_isRefusedAsFatal_withoutResolvingEntities(string file)
    {
        var result = ListLoader.ParseFile(Fixture(file));

        result.Fatal.Should().BeTrue();
        result.Entries.Should().BeEmpty();
        result.Errors.Should().ContainSingle().Which.Message.Should().Contain("DTD");
    }

    [Fact]
    public void UnXml_readsIndividualsEntitiesAliasesAndDates()
    {
        var result = UnXmlParser.Parse(Fixture("un/consolidated.xml"));

        result.Fatal.Should().BeFalse();
        result.Version.Should().Be("2026-02-27");
        result.Entries.Select(e => e.Id).Should().Equal("un-sc:KPi.001", "un-sc:KPi.060", "un-sc:KPe.001");
        result.Errors.Should().ContainSingle().Which.Message.Should().Contain("KPi.999 has no name");
        var yun = result.Entries[0];
        yun.Name.Should().Be("YUN HO-JIN");
        yun.Programs.Should().Equal("DPRK");
        yun.Gender.Should().Be("male");
        yun.Nationalities.Should().Equal("KP");
        yun.DatesOfBirth.Should().Equal("1944-10-13");
        yun.Aliases.Should().Equal(new ListAlias("Yun Ho-chin", AliasQuality.Strong, "aka"), new ListAlias("Yun Hojin", AliasQuality.Weak, "aka"));
        yun.Identifiers.Should().Equal(new ListIdentifier("Passport", "654310175", "Democratic People's Republic of Korea"));
        yun.Addresses.Should().Equal(new ListAddress("Pyongyang, Democratic People's Republic of Korea", "KP"));
        result.Entries[1].Name.Should().Be("RI WON HO");
        result.Entries[1].DatesOfBirth.Should().Equal("1964", "1965", "1966");
        result.Entries[2].Type.Should().Be(EntityType.Organization);
        result.Entries[2].Addresses.Single().Country.Should().Be("KP");
    }

    [Fact]
    public void UnXml_truncated_isFatalWithLineButKeepsRecordsReadBefore()
    {
        var result = UnXmlParser.Parse(Fixture("un/truncated.xml"));

        result.Fatal.Should().BeTrue();
        result.Errors.Should().ContainSingle().Which.Line.Should().BeGreaterThan(0);
    }

    [Fact]
    public void CryptoList_textAndJson_assetFromFileName_badLinesReported()
    {
        var loaded = ListLoader.Load([Fixture("crypto")]);

        loaded.Entries.SelectMany(e => e.Wallets).Should().BeEquivalentTo(
        [
            new ListWallet("XBT", "134r8iHv69xdT6p5qVKTsHrcUEuBVZAYak"),
            new ListWallet("XBT", "15YK647qtoZQDzNrvY6HJL6QwXduLHfT28"),
            new ListWallet("ETH", "0x4f47bc496083c727c5fbe3ce9cdf2b0f6496270c"),
        ]);
        loaded.Errors.Select(e => e.ToString()).Should().BeEquivalentTo(
        [
            "sanctioned_addresses_ETH.json:0: [1]: not a string; skipped",
            "sanctioned_addresses_XBT.txt:4: address: 'not an address!' is not a crypto address; skipped",
        ]);
    }

    [Fact]
    public void ParsedCsv_andOfficialCsv_mergeByUid_newerVersionNamesWin()
    {
        var loaded = ListLoader.Load([Fixture("ofac"), Fixture("xml/sdn.xml")]);

        var jong = loaded.Entries.Single(e => e.Id == "ofac-sdn:24979");
        jong.Aliases.Select(a => a.Name).Should().Contain("CHONG, Song-hwa");
        jong.Emails.Should().Equal("jsh@silverstar.example");
        jong.ListVersion.Should().Be("2026-08-20");
        loaded.Entries.Should().Contain(e => e.Id == "ofac-sdn:44444");
    }

    [Fact]
    public void ParsedSdnCsv_readsNamesProgramsAliases()
    {
        var result = ListLoader.ParseFile(Fixture("parsed/ofac-sdn.csv"));

        result.Format.Should().Be(ListFormat.OfacParsedCsv);
        result.Entries.Should().HaveCount(2);
        result.Entries[1].Aliases.Select(a => a.Name).Should().Equal("JINYONG IT COOPERATION COMPANY", "CHINYONG IT");
        result.Errors.Should().ContainSingle().Which.Line.Should().Be(4);
    }

    [Fact]
    public void UnknownFile_isFatalWithClearMessage()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("notes.csv"), "hello,world\n");

        var result = ListLoader.ParseFile(dir.File("notes.csv"));

        result.Fatal.Should().BeTrue();
        result.Errors.Single().Message.Should().StartWith("unrecognized list format");
    }

    [Theory]
    [InlineData("sdn.csv", ListFormat.OfacPrimaryCsv, "ofac-sdn")]
    [InlineData("cons_alt.csv", ListFormat.OfacAliasCsv, "ofac-cons")]
    public void Detector_knowsOfficialFileNames(string name, ListFormat format, string source)
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File(name), "1,2\n");

        ListFormatDetector.Detect(dir.File(name)).Should().Be((format, source));
    }
}
