using AwesomeAssertions;
using Vigil.Screening.Applicants;
using Vigil.Screening.Lists;

namespace Vigil.Screening.Tests.Applicants;

public sealed class DeltaCandidateKeysTests
{
    private static DeltaCandidateKeys Keys()
    {
        var person = new ListEntry { Id = "t:1", Source = "t", SourceId = "1", Name = "JONG, Song Hwa", Type = EntityType.Person };
        person.Wallets.Add(new ListWallet("XBT", "134r8iHv69xdT6p5qVKTsHrcUEuBVZAYak"));
        person.Identifiers.Add(new ListIdentifier("Passport", "927220230"));
        var company = new ListEntry { Id = "t:2", Source = "t", SourceId = "2", Name = "YANBIAN SILVERSTAR NETWORK TECHNOLOGY CO., LTD.", Type = EntityType.Organization };
        return new DeltaCandidateKeys([person, company]);
    }

    [Theory]
    [InlineData("Song Hwa Jong")]
    [InlineData("Chong Song-hwa")]
    [InlineData("Jong Songhwa")]
    [InlineData("Yanbian Silverstr Ltd")]
    [InlineData("Silverstar")]
    public void IsCandidate_nameSharingTokenVariantOrSpelling_isCandidate(string name)
    {
        Keys().IsCandidate(name, [], [], [], []).Should().BeTrue();
    }

    [Theory]
    [InlineData("Maria Gonzalez")]
    [InlineData("Peter Miller")]
    [InlineData("")]
    public void IsCandidate_unrelatedName_isNotCandidate(string name)
    {
        Keys().IsCandidate(name, [], [], [], []).Should().BeFalse();
    }

    [Fact]
    public void IsCandidate_sharedWalletOrDocument_isCandidateWhateverTheName()
    {
        var keys = Keys();
        keys.IsCandidate("Maria Gonzalez", ["134r8iHv69xdT6p5qVKTsHrcUEuBVZAYak"], [], [], []).Should().BeTrue();
        keys.IsCandidate("Maria Gonzalez", [], [], [], ["927-220-230"]).Should().BeTrue();
        keys.IsCandidate("Maria Gonzalez", ["1BoatSLRHtKNngkdXEeobR76b53LETtpyT"], [], [], []).Should().BeFalse();
    }
}
