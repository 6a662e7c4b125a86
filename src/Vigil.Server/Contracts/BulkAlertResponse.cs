namespace Vigil.Server.Contracts;

public sealed record BulkAlertResponse(int Updated, IReadOnlyList<Guid> NotFound);
