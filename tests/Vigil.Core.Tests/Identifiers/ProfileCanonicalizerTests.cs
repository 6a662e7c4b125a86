using AwesomeAssertions;
using Vigil.Core.Identifiers;

namespace Vigil.Core.Tests.Identifiers;

public class ProfileCanonicalizerTests
{
    [Theory]
    [InlineData("octocat")]
    [InlineData("@octocat")]
    [InlineData("OctoCat")]
    [InlineData("github.com/octocat")]
    [InlineData("https://www.github.com/OctoCat/")]
    [InlineData("http://github.com/octocat?tab=repositories")]
    [InlineData("https://github.com/octocat/hello-world/tree/main")]
    [InlineData("https://github.com/orgs/octocat")]
    [InlineData("git@github.com:octocat/hello-world.git")]
    [InlineData("https://octocat.github.io/")]
    [InlineData("  https://GITHUB.COM/octocat#readme ")]
    public void Canonicalize_github_forms_give_one_handle(string raw)
    {
        var id = Canonicalizer.Canonicalize(IdentifierKind.GitHub, raw);
        id.Value.Should().Be("octocat");
        id.IsValid.Should().BeTrue(id.Detail);
        id.Raw.Should().Be(raw);
    }

    [Theory]
    [InlineData("-octocat", "-octocat")]
    [InlineData("octo--cat", "octo--cat")]
    [InlineData("octocat-", "octocat-")]
    [InlineData("octo_cat", "octo_cat")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("https://gitlab.com/octocat", "https://gitlab.com/octocat")]
    [InlineData("https://github.com/", "")]
    [InlineData("", "")]
    public void Canonicalize_invalid_github_handle_is_kept_and_flagged(string raw, string expected)
    {
        var id = Canonicalizer.Canonicalize(IdentifierKind.GitHub, raw);
        id.IsValid.Should().BeFalse();
        id.Value.Should().Be(expected);
        id.Detail.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void IsValidGitHubHandle_accepts_39_characters_and_single_hyphens()
    {
        ProfileCanonicalizer.IsValidGitHubHandle(new string('a', 39)).Should().BeTrue();
        ProfileCanonicalizer.IsValidGitHubHandle("a-b-c").Should().BeTrue();
        ProfileCanonicalizer.IsValidGitHubHandle(new string('a', 40)).Should().BeFalse();
    }

    [Theory]
    [InlineData("https://www.linkedin.com/in/jane-doe-12345/")]
    [InlineData("uk.linkedin.com/in/Jane-Doe-12345")]
    [InlineData("linkedin.com/in/jane-doe-12345?trk=public_profile")]
    [InlineData("https://linkedin.com/in/jane-doe-12345/details/experience/")]
    [InlineData("http://de.linkedin.com/in/jane-doe-12345/?originalSubdomain=de")]
    [InlineData("@jane-doe-12345")]
    [InlineData("jane-doe-12345")]
    public void Canonicalize_linkedin_forms_give_one_slug(string raw)
    {
        var id = Canonicalizer.Canonicalize(IdentifierKind.LinkedIn, raw);
        id.Value.Should().Be("jane-doe-12345");
        id.IsValid.Should().BeTrue(id.Detail);
    }

    [Fact]
    public void Canonicalize_linkedin_percent_encoded_slug_is_decoded()
    {
        var id = Canonicalizer.Canonicalize(IdentifierKind.LinkedIn, "https://www.linkedin.com/in/%E6%9D%8E%E5%9B%9B-123/");
        id.Value.Should().Be("李四-123");
        id.IsValid.Should().BeTrue();
    }

    [Fact]
    public void Canonicalize_linkedin_company_page_keeps_path_and_says_so()
    {
        var id = Canonicalizer.Canonicalize(IdentifierKind.LinkedIn, "https://www.linkedin.com/company/Acme-Corp/");
        id.Value.Should().Be("company/acme-corp");
        id.Detail.Should().Be("company");
    }

    [Theory]
    [InlineData("https://example.com/in/jane-doe", "not a linkedin.com URL")]
    [InlineData("ab", "not a valid LinkedIn profile slug")]
    [InlineData("https://www.linkedin.com/feed/", "no /in/ profile in URL")]
    public void Canonicalize_invalid_linkedin_is_flagged(string raw, string reason)
    {
        var id = Canonicalizer.Canonicalize(IdentifierKind.LinkedIn, raw);
        id.IsValid.Should().BeFalse();
        id.Detail.Should().Be(reason);
    }

    public static TheoryData<string, string> UrlCases => new()
    {
        { "https://www.Example.com/Path/", "example.com/Path" },
        { "http://example.com:80/", "example.com" },
        { "https://example.com:443", "example.com" },
        { "https://example.com:8443/a#frag", "example.com:8443/a" },
        { "example.com", "example.com" },
        { "HTTPS://JANE.NETLIFY.APP/", "jane.netlify.app" },
        { "https://bücher.de/", "xn--bcher-kva.de" },
        { "example.com/?utm_source=x&id=5&fbclid=abc", "example.com?id=5" },
        { "https://user:pass@example.com/x", "example.com/x" },
        { "//cdn.example.com/a/b/", "cdn.example.com/a/b" },
    };

    [Theory]
    [MemberData(nameof(UrlCases))]
    public void Canonicalize_url_gives_host_and_path(string raw, string expected)
    {
        var id = Canonicalizer.Canonicalize(IdentifierKind.Url, raw);
        id.Value.Should().Be(expected);
        id.IsValid.Should().BeTrue(id.Detail);
    }

    [Theory]
    [InlineData("ftp://example.com/file", "unsupported scheme ftp")]
    [InlineData("not a url", "not a URL")]
    [InlineData("http://localhost/", "host is not a domain name")]
    [InlineData("", "not a URL")]
    public void Canonicalize_invalid_url_is_flagged(string raw, string reason)
    {
        var id = Canonicalizer.Canonicalize(IdentifierKind.Url, raw);
        id.IsValid.Should().BeFalse();
        id.Detail.Should().Be(reason);
        id.Raw.Should().Be(raw);
    }
}
