using AwesomeAssertions;
using Vigil.Sharing.Stix.Patterns;

namespace Vigil.Sharing.Tests.Stix;

public class StixPatternParserTests
{
    [Theory]
    [InlineData("[email-addr:value = 'a@example.com']")]
    [InlineData("[ipv4-addr:value = '198.51.100.1/32' OR ipv4-addr:value = '203.0.113.33/32']")]
    [InlineData("[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']")]
    [InlineData("[network-traffic:dst_ref.type = 'ipv4-addr' AND network-traffic:dst_ref.value = '203.0.113.33/32']")]
    [InlineData("[file:extensions.'windows-pebinary-ext'.sections[*].entropy > 7.0]")]
    [InlineData("[email-message:from_ref.value MATCHES '.+\\\\@example\\\\.com$'] FOLLOWEDBY [file:name = 'x']")]
    [InlineData("([ipv4-addr:value = '1.2.3.4'] AND [domain-name:value = 'x.com']) WITHIN 300 SECONDS")]
    [InlineData("[user-account:account_type = 'github'] REPEATS 5 TIMES")]
    [InlineData("[file:size IN (1, 2, 3)] START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00Z'")]
    [InlineData("[artifact:payload_bin = b'ZG9n' OR artifact:payload_bin = h'00ff']")]
    [InlineData("[process:name NOT = 'x' AND EXISTS process:pid]")]
    [InlineData("[windows-registry-key:key LIKE 'HKEY_LOCAL_MACHINE\\\\%']")]
    [InlineData("[x-vigil-keyed-identifier:hash = 'ab' AND x-vigil-keyed-identifier:key_id = 'k1']")]
    [InlineData("[user-account:is_privileged = true]")]
    [InlineData("[process:pid = -1]")]
    public void Parse_valid_pattern_succeeds_and_reparses_to_same_tree(string pattern)
    {
        var result = StixPatternParser.Parse(pattern);
        result.Error.Should().BeNull();
        var again = StixPatternParser.Parse(result.Expression!.ToString());
        again.Expression.Should().Be(result.Expression, "canonical text must parse back to the same tree: " + result.Expression);
    }

    [Theory]
    [InlineData("", 0, "expected '[' or '('")]
    [InlineData("[email-addr:value = 'x'", 23, "expected ']'")]
    [InlineData("[email-addr:value = 'x]", 20, "unterminated string")]
    [InlineData("[email-addr:value == ]", 21, "expected a literal")]
    [InlineData("[email-addr:value = 'x' AND url:value = 'y']", 0, "one object type")]
    [InlineData("[email-addr:value ~ 'x']", 18, "unexpected character")]
    [InlineData("[file:size > true]", 13, "boolean")]
    [InlineData("[file:name = 'x'] WITHIN 0 SECONDS", 25, "positive")]
    [InlineData("[file:name = 'x'] START t'2016-07-01T00:00:00Z' STOP t'2016-06-01T00:00:00Z'", 53, "STOP must be later")]
    [InlineData("[file:name = 'a\\b']", 13, "backslash")]
    [InlineData("[file:name = t'2016-13-01T00:00:00Z']", 13, "timestamp")]
    [InlineData("[file:name = h'abc']", 13, "even number")]
    [InlineData("[file:name = 'x'] extra", 18, "after the pattern")]
    public void Parse_invalid_pattern_reports_position_and_reason(string pattern, int position, string reason)
    {
        var result = StixPatternParser.Parse(pattern);
        result.Success.Should().BeFalse();
        result.Error.Should().Contain(reason);
        result.Position.Should().Be(position);
    }

    [Fact]
    public void Builder_escapes_quotes_and_backslashes()
    {
        var pattern = StixPatternBuilder.EqualityPattern("x-vigil-phone-number:value", "a'] OR [url:value = 'b\\");
        pattern.Should().Be("[x-vigil-phone-number:value = 'a\\'] OR [url:value = \\'b\\\\']");
        var parsed = StixPatternParser.Parse(pattern).Expression.Should().BeOfType<Observation>().Subject;
        ((ComparisonTest)parsed.Comparison).Value!.Text.Should().Be("a'] OR [url:value = 'b\\");
    }

    [FsCheck.Xunit.Property(MaxTest = 500)]
    public bool Builder_output_always_parses_back_to_value(string? value)
    {
        value ??= "";
        var pattern = StixPatternBuilder.EqualityPattern("email-addr:value", value);
        var parsed = StixPatternParser.Parse(pattern);
        return parsed.Success && ((ComparisonTest)((Observation)parsed.Expression!).Comparison).Value!.Text == value;
    }

    [Fact]
    public void Formatter_keeps_precedence_with_parentheses()
    {
        var expr = StixPatternBuilder.Observe(StixPatternBuilder.And(
            StixPatternBuilder.Or(StixPatternBuilder.Equal("file:name", "a"), StixPatternBuilder.Equal("file:name", "b")),
            StixPatternBuilder.Equal("file:size", "1")));
        expr.ToString().Should().Be("[(file:name = 'a' OR file:name = 'b') AND file:size = '1']");
        StixPatternParser.Parse(expr.ToString()).Expression.Should().Be(expr);
    }
}
