namespace Vigil.Server.Contracts;

/// <summary>Another subject of the organization holding the same canonical identifier.</summary>
public sealed record LinkedSubject(Guid SubjectId, string FullName, string Kind, string Value);
