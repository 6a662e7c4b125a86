namespace Vigil.Server.Application.Sanctions;

/// <summary>A false-positive decision as the API and CLI show it.</summary>
/// <param name="Active">True while the list entry still has the content hash recorded at the decision.</param>
public sealed record SuppressionView(Guid Id, Guid SubjectId, string SubjectExternalId, string EntryId, string EntryHash,
    string? CurrentEntryHash, bool Active, string Reason, string Analyst, DateTimeOffset CreatedAt);
