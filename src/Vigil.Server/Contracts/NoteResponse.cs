namespace Vigil.Server.Contracts;

public sealed record NoteResponse(long Id, string Author, string Text, string? EvidenceRef, DateTimeOffset At);
