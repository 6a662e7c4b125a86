namespace Vigil.Server.Contracts;

public sealed record OverviewResponse(int Subjects, int Events, AlertCounts Alerts, IReadOnlyList<DayCount> AlertsPerDay,
    IReadOnlyList<NameCount> TopDetectors, IReadOnlyList<NameCount> TopIndicators, int OpenCases, IReadOnlyList<ImportJobResponse> RecentJobs);
