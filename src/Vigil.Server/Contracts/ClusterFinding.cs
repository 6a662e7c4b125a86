namespace Vigil.Server.Contracts;

public sealed record ClusterFinding(string IndicatorId, string DetectorId, int Subjects, double MaxWeight, string Summary);
