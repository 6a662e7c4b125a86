namespace Vigil.Storage.Auth;

/// <summary>What an API key may do. Roles are ordered by power only for admin; the others are distinct.</summary>
public enum ApiRole
{
    /// <summary>Reads everything in the organization; changes nothing.</summary>
    ReadOnly = 1,

    /// <summary>Sends subjects and events in; reads nothing back but its own jobs.</summary>
    IngestOnly = 2,

    /// <summary>Reads and works alerts and cases (assign, suppress, close).</summary>
    Analyst = 3,

    /// <summary>Everything an analyst does, plus keys and configuration.</summary>
    Admin = 4,
}
