namespace Vigil.Server.Contracts;

public sealed record AddNoteRequest(string? Text, string? EvidenceRef = null);
