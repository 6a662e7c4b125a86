using AwesomeAssertions;
using Vigil.Core.Identifiers;
using Vigil.Sharing.Policy;
using Vigil.Sharing.Stix.Markings;

namespace Vigil.Sharing.Tests.Policy;

public class SharingPolicyTests
{
    private static ShareCandidate Candidate(bool confirmed = true, TlpLevel tlp = TlpLevel.Amber, bool raw = false, bool excluded = false,
        bool included = false, IdentifierKind kind = IdentifierKind.Phone) =>
        new(kind, "+14155550100", confirmed, tlp, 80, raw, included, excluded);

    [Fact]
    public void Default_policy_shares_confirmed_identifier_hashed() =>
        new SharingPolicy().Evaluate(Candidate()).Action.Should().Be(SharingAction.ShareHashed);

    [Fact]
    public void Default_policy_hashes_even_when_marked_raw() =>
        new SharingPolicy().Evaluate(Candidate(raw: true)).Reason.Should().Contain("hashes only");

    [Fact]
    public void Raw_sharing_needs_both_mark_and_policy() =>
        new SharingPolicy { HashedOnly = false }.Evaluate(Candidate(raw: true)).Action.Should().Be(SharingAction.ShareRaw);

    [Theory]
    [InlineData(TlpLevel.Red, SharingAction.Withhold)]
    [InlineData(TlpLevel.AmberStrict, SharingAction.Withhold)]
    [InlineData(TlpLevel.Amber, SharingAction.ShareHashed)]
    [InlineData(TlpLevel.Clear, SharingAction.ShareHashed)]
    public void Tlp_above_policy_maximum_is_withheld(TlpLevel tlp, SharingAction expected) =>
        new SharingPolicy().Evaluate(Candidate(tlp: tlp)).Action.Should().Be(expected);

    [Fact]
    public void Unconfirmed_is_withheld_unless_explicitly_included()
    {
        new SharingPolicy().Evaluate(Candidate(confirmed: false)).Action.Should().Be(SharingAction.Withhold);
        new SharingPolicy().Evaluate(Candidate(confirmed: false, included: true)).Action.Should().Be(SharingAction.ShareHashed);
    }

    [Fact]
    public void Exclusion_wins_over_everything() =>
        new SharingPolicy { ConfirmedCasesOnly = false }.Evaluate(Candidate(excluded: true, included: true)).Action.Should().Be(SharingAction.Withhold);

    [Fact]
    public void Names_are_not_shared_by_default() =>
        new SharingPolicy().Evaluate(Candidate(kind: IdentifierKind.Name)).Action.Should().Be(SharingAction.Withhold);
}
