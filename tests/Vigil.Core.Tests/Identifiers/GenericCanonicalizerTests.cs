using AwesomeAssertions;
using Vigil.Core.Identifiers;

namespace Vigil.Core.Tests.Identifiers;

public class GenericCanonicalizerTests
{
    [Theory]
    [InlineData(IdentifierKind.DeviceId, " c02x-1234_abcd ", "C02X1234ABCD")]
    [InlineData(IdentifierKind.DeviceId, "4C4C4544-0042-3510-8052-B4C04F4E4D32", "4C4C4544004235108052B4C04F4E4D32")]
    [InlineData(IdentifierKind.DocumentNumber, "p 123 456 78", "P12345678")]
    [InlineData(IdentifierKind.DocumentNumber, "Ｘ１２３４５６７", "X1234567")]
    [InlineData(IdentifierKind.PhotoHash, "AB:CD:EF:01", "abcdef01")]
    [InlineData(IdentifierKind.PhotoHash, "D41D8CD98F00B204E9800998ECF8427E", "d41d8cd98f00b204e9800998ecf8427e")]
    public void Canonicalize_removes_separators_and_folds_case(IdentifierKind kind, string raw, string expected)
    {
        var id = Canonicalizer.Canonicalize(kind, raw);
        id.Value.Should().Be(expected);
        id.IsValid.Should().BeTrue();
        id.Raw.Should().Be(raw);
    }

    [Theory]
    [InlineData(IdentifierKind.DeviceId, "")]
    [InlineData(IdentifierKind.DocumentNumber, " - . ")]
    public void Canonicalize_empty_is_flagged(IdentifierKind kind, string raw)
    {
        var id = Canonicalizer.Canonicalize(kind, raw);
        id.IsValid.Should().BeFalse();
        id.Detail.Should().Be("empty");
    }
}
