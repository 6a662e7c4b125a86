namespace Vigil.Server.Hosting;

/// <summary>Configuration section <c>Vigil:Storage</c> (environment: <c>Vigil__Storage__SqlitePath</c>, ...).</summary>
public sealed class VigilStorageSettings
{
    public const string Section = "Vigil:Storage";

    /// <summary>SQLite file; used when <see cref="PostgresConnectionString"/> is empty.</summary>
    public string SqlitePath { get; set; } = Path.Combine(".vigil", "vigil.db");

    /// <summary>Npgsql connection string; when set, PostgreSQL is used.</summary>
    public string? PostgresConnectionString { get; set; }
}
