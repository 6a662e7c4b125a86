using AwesomeAssertions;
using Vigil.Core.Cases;

namespace Vigil.Core.Tests.Cases;

public sealed class AuditChainTests
{
    private static readonly Guid Org = Guid.Parse("11111111-2222-3333-4444-555555555555");

    private static List<AuditEntry> Chain(int n)
    {
        var list = new List<AuditEntry>();
        AuditEntry? prev = null;
        for (var i = 0; i < n; i++)
        {
            prev = AuditChain.Next(prev, Org, DateTimeOffset.UnixEpoch.AddTicks(123_456_789 * (i + 1)), "analyst", "case.update", $"case/{i}", $"{{\"n\":{i}}}");
            list.Add(prev);
        }
        return list;
    }

    [Fact]
    public void Verify_intact_chain_is_intact()
    {
        var result = AuditChain.Verify(Chain(5));
        result.IsIntact.Should().BeTrue();
        result.Entries.Should().Be(5);
    }

    [Fact]
    public void Verify_empty_chain_is_intact() => AuditChain.Verify([]).IsIntact.Should().BeTrue();

    [Fact]
    public void Verify_edited_field_is_detected_at_that_entry()
    {
        var chain = Chain(5);
        chain[2].Target = "case/other";
        var result = AuditChain.Verify(chain);
        result.IsIntact.Should().BeFalse();
        result.BrokenAt.Should().Be(3);
        result.Problem.Should().Contain("changed");
    }

    [Fact]
    public void Verify_deleted_middle_row_is_detected()
    {
        var chain = Chain(5);
        chain.RemoveAt(1);
        var result = AuditChain.Verify(chain);
        result.IsIntact.Should().BeFalse();
        result.BrokenAt.Should().Be(2);
    }

    [Fact]
    public void Verify_deleted_and_renumbered_rows_are_detected_by_the_link()
    {
        var chain = Chain(4);
        chain.RemoveAt(1);
        for (var i = 0; i < chain.Count; i++)
        {
            chain[i].Sequence = i + 1;
        }
        AuditChain.Verify(chain).IsIntact.Should().BeFalse();
    }

    [Fact]
    public void Next_truncates_to_microseconds_so_a_database_round_trip_keeps_the_hash()
    {
        var e = AuditChain.Next(null, Org, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(9)).AddTicks(7), "a", "b", "c", null);
        (e.At.Ticks % 10).Should().Be(0);
        e.PreviousHash.Should().Be(AuditChain.Genesis);
        var roundTripped = new DateTimeOffset(e.At.UtcTicks, TimeSpan.Zero);
        AuditChain.ComputeHash(e.PreviousHash, Org, 1, roundTripped, "a", "b", "c", null).Should().Be(e.Hash);
    }

    [Fact]
    public void ComputeHash_moving_text_between_fields_changes_the_hash() =>
        AuditChain.ComputeHash(AuditChain.Genesis, Org, 1, DateTimeOffset.UnixEpoch, "ab", "c", "t", null)
            .Should().NotBe(AuditChain.ComputeHash(AuditChain.Genesis, Org, 1, DateTimeOffset.UnixEpoch, "a", "bc", "t", null));
}
