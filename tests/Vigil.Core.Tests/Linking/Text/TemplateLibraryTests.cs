using AwesomeAssertions;
using Vigil.Core.Linking.Text;

namespace Vigil.Core.Tests.Linking.Text;

public sealed class TemplateLibraryTests
{
    private const string Template = "Highly motivated full stack developer with over 7 years of experience in building scalable web "
        + "applications using React, Node.js and AWS. Proven track record of delivering high quality software on time. "
        + "Excellent communication skills and a strong team player who thrives in remote environments.";

    [Fact]
    public void Match_filled_in_template_is_reported_by_name()
    {
        var library = new TemplateLibrary(new NearDuplicateOptions { Threshold = 0.6 });
        library.Add("fullstack-remote-7y", Template);
        library.Add("designer", "Creative graphic designer skilled in Photoshop, Illustrator and Figma, building brand identities.");
        var filled = "John Smith\n" + Template.Replace("7 years", "8 years", StringComparison.Ordinal);
        var matches = library.Match(filled, 0.6);
        matches.Should().ContainSingle().Which.Name.Should().Be("fullstack-remote-7y");
        matches[0].Jaccard.Should().BeInRange(0.6, 0.99);
        library.Match("Nurse with ten years of ICU experience in a regional hospital.", 0.3).Should().BeEmpty();
    }

    [Fact]
    public void IdFor_is_stable()
    {
        TemplateLibrary.IdFor("a").Should().Be(TemplateLibrary.IdFor("a"));
        TemplateLibrary.IdFor("a").Should().NotBe(TemplateLibrary.IdFor("b"));
    }
}
