using AwesomeAssertions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vigil.Core.Identifiers;

namespace Vigil.Core.Tests.Identifiers;

/// <summary>Invariants every canonicalizer keeps: never throws on content, keeps Raw, and a valid canonical value is
/// a fixed point (canon(canon(x).Value) == canon(x).Value), which linking and keyed hashing rely on.</summary>
public class CanonicalizerPropertyTests
{
    private static readonly IdentifierKind[] Kinds = Enum.GetValues<IdentifierKind>();

    private static readonly CanonicalizationContext Context = new("US");

    // Fragments that steer random strings into every parser's interesting paths, plus hostile Unicode.
    private static readonly string[] Fragments =
    [
        "@", "+", ".", "-", "_", ":", "/", "#", ",", " ", "  ", "\t", "\n", "\"", "'", "<", ">", "[", "]", "%", "?", "&", "=",
        "gmail.com", "googlemail.com", "outlook.com", "yahoo.com", "example.com", "bücher.de", "J.Smith", "jobs",
        "0x", "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "bc1", "qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "1A1zP1eP5QGefi2",
        "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", "So11111111111111111111111111111111111111112",
        "GB82", "WEST", "12345698765432", "021000021", "IBAN",
        "+1", "415", "555", "0100", "00", "011", "ext", "x", "FLOWERS", "+44", "20 7946 0958",
        "123", "Main", "St", "St.", "Apt", "Suite", "Unit", "N", "NE", "CA", "California", "94105", "1234", "USA", "P.O. Box",
        "Smith", "John", "Dr.", "Jr.", "III", "O'Brien", "José", "김정은", "Ким", "ガ", "山田",
        "https://", "http://", "www.", "github.com", "linkedin.com/in/", "uk.", "octocat", ":8080",
        "192.168.0.1", "::ffff:", "fe80::1", "%eth0", "010", "2001:db8::", "255",
        "\u0000", "\u200B", "\uFEFF", "\uD800", "\uDC00", "\U0001F600", "\u0301", "İ", "ß", "ﬁ", "Ⅻ", "①", "ǅ", "ẞ", "\u0130",
    ];

    private static Arbitrary<string> Messy { get; } = Arb.From(
        Gen.OneOf(
            Gen.Elements(Fragments).ListOf().Select(parts => string.Concat(parts)),
            ArbMap.Default.GeneratorFor<string>().Where(s => s is not null)));

    [Property(MaxTest = 3000)]
    public Property Canonicalize_never_throws_and_keeps_raw() =>
        Prop.ForAll(Messy, raw => Kinds.All(kind => Canonicalizer.Canonicalize(kind, raw, Context).Raw == raw));

    [Property(MaxTest = 3000)]
    public Property Canonicalize_valid_value_is_fixed_point() =>
        Prop.ForAll(Messy, raw =>
        {
            foreach (var kind in Kinds)
            {
                var first = Canonicalizer.Canonicalize(kind, raw, Context);
                if (!first.IsValid)
                {
                    continue;
                }
                var second = Canonicalizer.Canonicalize(kind, first.Value, Context);
                if (second.Value != first.Value || !second.IsValid)
                {
                    throw new InvalidOperationException(
                        $"{kind}: '{raw}' -> '{first.Value}' -> '{second.Value}' (valid {second.IsValid}, {second.Detail})");
                }
            }
            return true;
        });

    // Found by a 1.2-million-input run of the property above: IDN mapping changed the host under the URL parser.
    [Theory]
    [InlineData("\u200B_outlook.com")]
    [InlineData("\uFEFF_12345698765432USASt.\U0001F600Suite")]
    [InlineData("\u2460.415\uFEFF")]
    [InlineData("St.\u200B_ext")]
    public void Canonicalize_url_whose_host_changes_under_idn_mapping_is_fixed_point_or_invalid(string raw)
    {
        var first = Canonicalizer.Canonicalize(IdentifierKind.Url, raw, Context);
        if (first.IsValid)
        {
            var second = Canonicalizer.Canonicalize(IdentifierKind.Url, first.Value, Context);
            second.IsValid.Should().BeTrue();
            second.Value.Should().Be(first.Value);
        }
    }

    [Property(MaxTest = 500)]
    public Property Canonicalize_is_deterministic() =>
        Prop.ForAll(Messy, raw => Kinds.All(kind =>
            Canonicalizer.Canonicalize(kind, raw, Context) == Canonicalizer.Canonicalize(kind, raw, Context)));

    [Fact]
    public void Canonicalize_huge_and_hostile_strings_does_not_throw()
    {
        string[] inputs =
        [
            new string('a', 1_000_000),
            string.Concat(Enumerable.Repeat("1", 200_000)),
            string.Concat(Enumerable.Repeat("\uD800", 10_000)),
            string.Concat(Enumerable.Repeat("\u0301", 50_000)),
            string.Concat(Enumerable.Repeat("a@", 100_000)),
            string.Concat(Enumerable.Repeat("St ", 100_000)),
            string.Concat(Enumerable.Repeat(",", 100_000)),
            "x@" + new string('b', 500_000) + ".com",
            "https://" + new string('c', 100_000) + ".com/",
            string.Concat(Enumerable.Range(0, 0x3000).Select(i => (char)i)),
        ];
        foreach (var kind in Kinds)
        {
            foreach (var input in inputs)
            {
                var id = Canonicalizer.Canonicalize(kind, input, Context);
                id.Raw.Should().BeSameAs(input);
                id.Value.Should().NotBeNull();
            }
        }
    }

    [Fact]
    public void Canonicalize_in_parallel_matches_sequential()
    {
        string[] inputs =
        [
            "J.Smith+jobs@GoogleMail.com", "user@bücher.de", "+1 (415) 555-0100", "020 7946 0958", "GB82 WEST 1234 5698 7654 32",
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
            "1 N. Main St., St. Louis, MO 63101", "SMITH, John Jr.", "https://www.github.com/OctoCat/", "fe80::1%eth0",
        ];
        var work = Enumerable.Range(0, 4000).Select(i => (Kind: Kinds[i % Kinds.Length], Raw: inputs[i % inputs.Length])).ToArray();
        var sequential = work.Select(w => Canonicalizer.Canonicalize(w.Kind, w.Raw, Context)).ToArray();
        var parallel = work.AsParallel().AsOrdered().WithDegreeOfParallelism(4)
            .Select(w => Canonicalizer.Canonicalize(w.Kind, w.Raw, Context)).ToArray();
        parallel.Should().Equal(sequential);
    }

    [Fact]
    public void Canonicalize_null_raw_throws_argument_null()
    {
        var act = () => Canonicalizer.Canonicalize(IdentifierKind.Email, null!);
        act.Should().Throw<ArgumentNullException>();
    }
}
