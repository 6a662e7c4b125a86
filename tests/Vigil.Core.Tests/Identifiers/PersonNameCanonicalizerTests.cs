using AwesomeAssertions;
using Vigil.Core.Identifiers;

namespace Vigil.Core.Tests.Identifiers;

public class PersonNameCanonicalizerTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "John Smith", "john smith" },
        { "SMITH, John", "john smith" },
        { "Smith,John", "john smith" },
        { "Smith, John, Jr.", "john smith" },
        { "John Smith, PhD", "john smith" },
        { "Dr. John Smith Jr.", "john smith" },
        { "Mr. John  Q. Public III", "john q public" },
        { "Mrs Jane Doe", "jane doe" },
        { "Dr. Smith", "dr smith" },
        { "José  Álvarez-García", "jose alvarez garcia" },
        { "O'Brien, Seán", "sean obrien" },
        { "Seán O’Brien", "sean obrien" },
        { "Łukasz Żółć", "lukasz zolc" },
        { "Günther Straße", "gunther strasse" },
        { "Nguyễn Văn An", "nguyen van an" },
        { "ＪＯＨＮ　ＳＭＩＴＨ", "john smith" },
        { "김정은", "김정은" },
        { "KIM, Jong-un", "jong un kim" },
        { "Ким Чен Ын", "ким чен ын" },
        { "Йосиф Сталин", "йосиф сталин" },
        { "山田 太郎", "山田 太郎" },
        { "ガブリエル", "ガブリエル" },
        { "John 김 Smith", "john 김 smith" },
        { "Miss", "miss" },
        { "\tJohn\n\nSmith  ", "john smith" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Canonicalize_name_gives_folded_ordered_form(string raw, string expected)
    {
        var id = Canonicalizer.Canonicalize(IdentifierKind.Name, raw);
        id.Value.Should().Be(expected);
        id.IsValid.Should().BeTrue();
        id.Raw.Should().Be(raw);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("12345", "no letters")]
    [InlineData("--", "empty")]
    public void Canonicalize_name_without_letters_is_flagged(string raw, string reason)
    {
        var id = PersonNameCanonicalizer.Canonicalize(raw);
        id.IsValid.Should().BeFalse();
        id.Detail.Should().Be(reason);
    }

    [Fact]
    public void Canonicalize_hangul_stays_composed_syllables()
    {
        PersonNameCanonicalizer.Canonicalize("김정은").Value.Should().HaveLength(3);
    }
}
