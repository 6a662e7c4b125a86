namespace Vigil.Server.Contracts;

/// <summary>A rejected row of an import: its index in the request and the field at fault.</summary>
public sealed record RowError(int Index, string Field, string Message);
