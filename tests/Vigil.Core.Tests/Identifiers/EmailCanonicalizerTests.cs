using AwesomeAssertions;
using Vigil.Core.Identifiers;

namespace Vigil.Core.Tests.Identifiers;

public class EmailCanonicalizerTests
{
    public static TheoryData<string, string> ValidCases => new()
    {
        { "J.Smith+jobs@GoogleMail.com", "jsmith@gmail.com" },
        { "j.s.m.i.t.h@gmail.com", "jsmith@gmail.com" },
        { "JSMITH@GMAIL.COM", "jsmith@gmail.com" },
        { "John.Doe@Example.COM", "john.doe@example.com" },
        { "john+tag@example.com", "john+tag@example.com" },
        { "john.doe+x@outlook.com", "john.doe@outlook.com" },
        { "john+x@hotmail.com", "john@hotmail.com" },
        { "john+x@live.com", "john@live.com" },
        { "jane+work@proton.me", "jane@proton.me" },
        { "jane+work@protonmail.com", "jane@protonmail.com" },
        { "jane+a+b@icloud.com", "jane@icloud.com" },
        { "jane+news@fastmail.com", "jane@fastmail.com" },
        { "john.smith-shopping@yahoo.com", "john.smith@yahoo.com" },
        { "john+tag@yahoo.com", "john+tag@yahoo.com" },
        { "user@bücher.de", "user@xn--bcher-kva.de" },
        { "user@BÜCHER.DE", "user@xn--bcher-kva.de" },
        { "user@example.com.", "user@example.com" },
        { "  user@example.com \t", "user@example.com" },
        { "\"john\"@example.com", "john@example.com" },
        { "\"John Doe\"@example.com", "\"john doe\"@example.com" },
        { "Jane Doe <Jane@Example.com>", "jane@example.com" },
        { "mailto:jane@example.com?subject=hi", "jane@example.com" },
        { "ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ", "john@example.com" },
        { "用户@例子.广告", "用户@xn--fsqu00a.xn--4rr70v" },
        { "o'brien@example.ie", "o'brien@example.ie" },
        { "user@[192.168.0.1]", "user@[192.168.0.1]" },
    };

    [Theory]
    [MemberData(nameof(ValidCases))]
    public void Canonicalize_valid_address_gives_mailbox_key(string raw, string expected)
    {
        var id = Canonicalizer.Canonicalize(IdentifierKind.Email, raw);
        id.Value.Should().Be(expected);
        id.IsValid.Should().BeTrue(id.Detail);
        id.Raw.Should().Be(raw);
    }

    public static TheoryData<string, string, string> InvalidCases => new()
    {
        { "plainaddress", "plainaddress", "missing @" },
        { "@example.com", "@example.com", "empty local part" },
        { "john@", "john@", "empty domain" },
        { "john..doe@example.com", "john..doe@example.com", "leading, trailing or repeated dot in local part" },
        { "john.@example.com", "john.@example.com", "leading, trailing or repeated dot in local part" },
        { "john@localhost", "john@localhost", "domain has no dot" },
        { "john@exa mple.com", "john@exa mple.com", "invalid domain" },
        { "john@example.123", "john@example.123", "numeric top-level domain" },
        { "a@b@example.com", "a@b@example.com", "character U+0040 not allowed in local part" },
        { "+jobs@gmail.com", "+jobs@gmail.com", "local part is only a tag" },
    };

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void Canonicalize_invalid_address_is_kept_and_flagged(string raw, string expected, string reason)
    {
        var id = Canonicalizer.Canonicalize(IdentifierKind.Email, raw);
        id.IsValid.Should().BeFalse();
        id.Value.Should().Be(expected);
        id.Detail.Should().Be(reason);
        id.Raw.Should().Be(raw);
    }

    [Fact]
    public void Canonicalize_overlong_local_part_is_flagged()
    {
        var id = EmailCanonicalizer.Canonicalize(new string('a', 65) + "@example.com");
        id.IsValid.Should().BeFalse();
        id.Detail.Should().Be("local part longer than 64 characters");
    }

    [Theory]
    [InlineData("jsmith@gmail.com", "gmail.com")]
    [InlineData("\"a@b\"@example.com", "example.com")]
    [InlineData("nodomain", "")]
    public void DomainOf_returns_text_after_last_at(string canonical, string domain)
    {
        EmailCanonicalizer.DomainOf(canonical).Should().Be(domain);
    }

    [Fact]
    public void LocalPartOf_returns_text_before_last_at()
    {
        EmailCanonicalizer.LocalPartOf("jsmith@gmail.com").Should().Be("jsmith");
    }

    [Fact]
    public void ProviderRules_do_not_merge_distinct_mailbox_domains()
    {
        // Only googlemail.com is documented as the same mailbox as another domain.
        EmailCanonicalizer.ProviderRules.Where(r => r.Key != r.Value.Domain).Select(r => r.Key)
            .Should().Equal("googlemail.com");
    }
}
