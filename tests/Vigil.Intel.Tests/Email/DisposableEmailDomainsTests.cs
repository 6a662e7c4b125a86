using AwesomeAssertions;
using Vigil.Intel.Email;
using Vigil.Intel.Tests.Support;

namespace Vigil.Intel.Tests.Email;

public sealed class DisposableEmailDomainsTests
{
    private readonly DisposableEmailDomains _domains = IntelFixtures.Load().DisposableEmail;

    [Theory]
    [InlineData("mailinator.com", "mailinator.com")]
    [InlineData("eu.mailinator.com", "mailinator.com")]
    [InlineData("Someone@MAILINATOR.com", "mailinator.com")]
    [InlineData("mailinator.com.", "mailinator.com")]
    [InlineData("tempmail.example", "tempmail.example")]
    [InlineData("x.33mail.com", "33mail.com")]
    [InlineData("a.b.mail.burner.example", "mail.burner.example")]
    public void Match_listed_domain_or_subdomain_is_disposable(string domain, string listed)
    {
        var match = _domains.Match(domain);
        match.Should().NotBeNull();
        match!.ListedDomain.Should().Be(listed);
        _domains.IsDisposable(domain).Should().BeTrue();
    }

    [Theory]
    [InlineData("gmail.com")]
    [InlineData("burner.example")]
    [InlineData("com")]
    [InlineData("")]
    [InlineData("notmailinator.com")]
    public void Match_unlisted_domain_is_not_disposable(string domain) =>
        _domains.IsDisposable(domain).Should().BeFalse();

    [Fact]
    public void Match_allowlisted_subdomain_is_not_disposable()
    {
        _domains.IsDisposable("legit.mailinator.com").Should().BeFalse();
        _domains.IsDisposable("x.legit.mailinator.com").Should().BeFalse();
    }

    [Fact]
    public void Match_names_every_list_holding_the_domain()
    {
        _domains.Match("throwaway.example")!.Sources.Should().Equal("disposable-email-domains:blocklist", "misp:disposable-email");
        _domains.Match("yopmail.com")!.Sources.Should().Equal("npm:disposable-email-domains");
    }

    [Fact]
    public void Load_non_string_json_entry_is_reported()
    {
        var builder = new DisposableEmailDomainsBuilder();
        builder.AddJsonArray(Path.Combine(IntelFixtures.Packages, "disposable-email-domains", "index.json"), "npm", "1");
        builder.Issues.Kept.Should().ContainSingle().Which.Field.Should().Be("[2]");
        builder.Build().Count.Should().Be(2);
    }
}
