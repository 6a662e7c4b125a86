namespace Vigil.Server.Contracts;

public sealed record CaseResponse(CaseSummary Case, IReadOnlyList<NoteResponse> Notes, IReadOnlyList<AlertResponse> Alerts,
    IReadOnlyList<AuditResponse> Audit, IReadOnlyList<string> NextStatuses);
