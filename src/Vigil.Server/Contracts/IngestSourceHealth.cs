namespace Vigil.Server.Contracts;

/// <summary>Events stored from one log source: how many, the newest event time, how many could not be tied to a
/// subject (an account Vigil does not know: a mapping gap) and how many record a failure (failed sign-ins).</summary>
public sealed record IngestSourceHealth(string Source, int Events, DateTimeOffset? NewestEvent, double? HoursSinceNewest, int Unattributed, int Failures);
