namespace Vigil.Server.Contracts;

/// <summary>A rejected record of an uploaded file: the 1-based line it starts on, the field at fault (null when the
/// whole line is bad) and what is wrong.</summary>
public sealed record LineError(long Line, string? Field, string Message);
