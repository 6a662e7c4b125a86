namespace Vigil.Server.Contracts;

public sealed record IdentifierResponse(string Kind, string Value, string Raw, bool IsValid, string? Detail);
