using AwesomeAssertions;
using Vigil.Core.Cases;

namespace Vigil.Core.Tests.Cases;

public sealed class CaseWorkflowTests
{
    // The whole table, written out independently of the implementation: (from, to) → allowed.
    private static readonly HashSet<(CaseStatus, CaseStatus)> Expected =
    [
        (CaseStatus.New, CaseStatus.Triage), (CaseStatus.New, CaseStatus.Investigating), (CaseStatus.New, CaseStatus.Closed),
        (CaseStatus.Triage, CaseStatus.Investigating), (CaseStatus.Triage, CaseStatus.Closed),
        (CaseStatus.Investigating, CaseStatus.Closed), (CaseStatus.Investigating, CaseStatus.Triage),
        (CaseStatus.Closed, CaseStatus.Triage),
    ];

    public static TheoryData<CaseStatus, CaseStatus> AllPairs()
    {
        var data = new TheoryData<CaseStatus, CaseStatus>();
        foreach (var from in Enum.GetValues<CaseStatus>())
        {
            foreach (var to in Enum.GetValues<CaseStatus>())
            {
                data.Add(from, to);
            }
        }
        return data;
    }

    [Theory, MemberData(nameof(AllPairs))]
    public void Check_every_pair_matches_the_table(CaseStatus from, CaseStatus to)
    {
        var disposition = to == CaseStatus.Closed ? Disposition.Confirmed : Disposition.None;
        var allowed = from == to || Expected.Contains((from, to));
        CaseWorkflow.Check(from, to, disposition).Should().Match(e => allowed ? e == null : e != null);
    }

    [Theory]
    [InlineData(CaseStatus.New)]
    [InlineData(CaseStatus.Triage)]
    [InlineData(CaseStatus.Investigating)]
    public void Check_closing_without_disposition_is_refused(CaseStatus from) =>
        CaseWorkflow.Check(from, CaseStatus.Closed, Disposition.None).Should().Contain("disposition");

    [Theory]
    [InlineData(Disposition.Confirmed)]
    [InlineData(Disposition.FalsePositive)]
    [InlineData(Disposition.Benign)]
    public void Check_disposition_on_open_status_is_refused(Disposition d) =>
        CaseWorkflow.Check(CaseStatus.New, CaseStatus.Triage, d).Should().NotBeNull();

    [Fact]
    public void Check_unknown_status_is_refused() =>
        CaseWorkflow.Check(CaseStatus.New, (CaseStatus)99, Disposition.None).Should().Contain("Unknown");

    [Fact]
    public void Apply_full_lifecycle_ends_closed_with_disposition()
    {
        var c = new Case { Title = "t" };
        var now = DateTimeOffset.UnixEpoch;
        CaseWorkflow.Apply(c, CaseStatus.Triage, Disposition.None, now);
        CaseWorkflow.Apply(c, CaseStatus.Investigating, Disposition.None, now);
        CaseWorkflow.Apply(c, CaseStatus.Closed, Disposition.Confirmed, now.AddHours(1));
        c.Status.Should().Be(CaseStatus.Closed);
        c.Disposition.Should().Be(Disposition.Confirmed);
        c.UpdatedAt.Should().Be(now.AddHours(1));
        CaseWorkflow.Apply(c, CaseStatus.Triage, Disposition.None, now);
        c.Disposition.Should().Be(Disposition.None);
    }

    [Fact]
    public void Apply_refused_transition_throws_and_leaves_case_unchanged()
    {
        var c = new Case { Title = "t", Status = CaseStatus.Closed, Disposition = Disposition.Benign };
        var act = () => CaseWorkflow.Apply(c, CaseStatus.Investigating, Disposition.None, DateTimeOffset.UnixEpoch);
        act.Should().Throw<InvalidOperationException>();
        c.Status.Should().Be(CaseStatus.Closed);
    }
}
