using System.Text;
using AwesomeAssertions;
using Vigil.Core.Identifiers;

namespace Vigil.Core.Tests.Identifiers;

public class Keccak256Tests
{
    [Theory]
    [InlineData("", "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")]
    [InlineData("abc", "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45")]
    [InlineData("The quick brown fox jumps over the lazy dog", "4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15")]
    public void Hash_known_vector_matches(string input, string expectedHex)
    {
        Convert.ToHexStringLower(Keccak256.Hash(Encoding.ASCII.GetBytes(input))).Should().Be(expectedHex);
    }

    [Fact]
    public void Hash_is_not_sha3_padding()
    {
        // SHA3-256("") differs from Keccak-256(""): the classic bug of using the FIPS 202 padding for Ethereum.
        Convert.ToHexStringLower(Keccak256.Hash([])).Should().NotBe("a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a");
    }

    // SHA3-256 vectors from Python's hashlib; they cover the block boundary (rate 136 bytes) of the permutation.
    [Theory]
    [InlineData(0, "a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a")]
    [InlineData(135, "8094bb53c44cfb1e67b7c30447f9a1c33696d2463ecc1d9c92538913392843c9")]
    [InlineData(136, "3fc5559f14db8e453a0a3091edbd2bc25e11528d81c66fa570a4efdcc2695ee1")]
    [InlineData(200, "cce34485baf2bf2aca99b94833892a4f52896d3d153f7b840cc4f9fe695f1387")]
    public void Sha3Hash_of_repeated_a_matches_hashlib(int length, string expectedHex)
    {
        var data = Enumerable.Repeat((byte)'a', length).ToArray();
        Convert.ToHexStringLower(Keccak256.Sha3Hash(data)).Should().Be(expectedHex);
    }

    [Fact]
    public void Sha3Hash_of_abc_matches_fips202_vector()
    {
        Convert.ToHexStringLower(Keccak256.Sha3Hash("abc"u8)).Should().Be("3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532");
    }
}
