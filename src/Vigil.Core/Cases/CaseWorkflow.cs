namespace Vigil.Core.Cases;

/// <summary>
/// The case state machine: new → triage → investigating → closed, closing from any open state (a false positive
/// is often obvious at triage), and reopening a closed case into triage. Closing needs a disposition; every other
/// state has none, so a reopened case loses its old verdict instead of carrying a stale one.
/// </summary>
public static class CaseWorkflow
{
    private static readonly Dictionary<CaseStatus, CaseStatus[]> Allowed = new()
    {
        [CaseStatus.New] = [CaseStatus.Triage, CaseStatus.Investigating, CaseStatus.Closed],
        [CaseStatus.Triage] = [CaseStatus.Investigating, CaseStatus.Closed],
        [CaseStatus.Investigating] = [CaseStatus.Closed, CaseStatus.Triage],
        [CaseStatus.Closed] = [CaseStatus.Triage],
    };

    /// <summary>The states reachable from <paramref name="from"/> in one step.</summary>
    public static IReadOnlyList<CaseStatus> Next(CaseStatus from) => Allowed.TryGetValue(from, out var next) ? next : [];

    /// <summary>Checks a status change; returns null when allowed, otherwise the reason it is refused.</summary>
    public static string? Check(CaseStatus from, CaseStatus to, Disposition disposition)
    {
        if (!Enum.IsDefined(to))
        {
            return $"Unknown status {(int)to}.";
        }
        if (!Enum.IsDefined(disposition))
        {
            return $"Unknown disposition {(int)disposition}.";
        }
        if (to == CaseStatus.Closed && disposition == Disposition.None)
        {
            return "Closing a case needs a disposition: confirmed, false positive or benign.";
        }
        if (to != CaseStatus.Closed && disposition != Disposition.None)
        {
            return "Only a closed case has a disposition.";
        }
        if (from == to)
        {
            return null; // A no-op status (e.g. re-saving with a new assignee) is always allowed.
        }
        return Next(from).Contains(to) ? null : $"A case cannot go from {from} to {to}.";
    }

    /// <summary>Applies a checked transition to <paramref name="c"/>; throws when <see cref="Check"/> refuses it.</summary>
    public static void Apply(Case c, CaseStatus to, Disposition disposition, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(c);
        var error = Check(c.Status, to, disposition);
        if (error is not null)
        {
            throw new InvalidOperationException(error);
        }
        c.Status = to;
        c.Disposition = disposition;
        c.UpdatedAt = now;
    }
}
