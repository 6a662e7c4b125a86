namespace Vigil.Server.Contracts;

/// <summary>Who the caller is.</summary>
public sealed record MeResponse(string Name, string Role, Guid OrgId, string OrgName);
