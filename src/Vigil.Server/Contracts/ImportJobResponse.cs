namespace Vigil.Server.Contracts;

public sealed record ImportJobResponse(Guid Id, string Status, int Total, int Processed, int Added, int Updated, int Unchanged,
    int Rejected, IReadOnlyList<RowError> Errors, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt);
