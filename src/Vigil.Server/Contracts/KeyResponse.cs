namespace Vigil.Server.Contracts;

public sealed record KeyResponse(Guid Id, string Name, string Role, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
