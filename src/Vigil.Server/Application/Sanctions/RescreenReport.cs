namespace Vigil.Server.Application.Sanctions;

/// <summary>What re-screening after a list change did.</summary>
/// <param name="Organizations">Organizations looked at.</param>
/// <param name="Subjects">Stored subjects in them.</param>
/// <param name="Candidates">Subjects sharing a name token, romanization key, near-spelling or identifier with a changed
/// entry, or holding a finding on one: only these are screened again.</param>
/// <param name="Hits">Candidates with at least one sanctions finding after re-screening.</param>
/// <param name="AlertsCreated">New alerts raised.</param>
/// <param name="AlertsUpdated">Existing alerts whose sanctions findings changed.</param>
public sealed record RescreenReport(int Organizations, int Subjects, int Candidates, int Hits, int AlertsCreated, int AlertsUpdated)
{
    public static RescreenReport None { get; } = new(0, 0, 0, 0, 0, 0);

    public RescreenReport Add(RescreenReport other) => new(Organizations + other.Organizations, Subjects + other.Subjects,
        Candidates + other.Candidates, Hits + other.Hits, AlertsCreated + other.AlertsCreated, AlertsUpdated + other.AlertsUpdated);
}
