namespace Vigil.Server.Hosting;

/// <summary>Configuration section <c>Vigil:Intel</c>: where the reference data the server loads at start lives.</summary>
public sealed class VigilIntelSettings
{
    public const string Section = "Vigil:Intel";

    /// <summary>Folder of the npm IP data packages (default: <c>$VIGIL_DATA_PACKAGES</c> or the repository's data-packages/).</summary>
    public string? DataPackagesDir { get; set; }

    /// <summary>Folder of the downloaded IP and e-mail lists (default: <c>$VIGIL_INTEL_DIR</c> or <c>$VIGIL_HOME/intel</c>).</summary>
    public string? IntelDir { get; set; }

    /// <summary>Whether to load the ASN tables (the largest input: several seconds and ~100 MB).</summary>
    public bool LoadAsn { get; set; } = true;

    /// <summary>Start loading when the host starts (<c>vigil serve</c> sets it). Otherwise the first request that needs
    /// the data, or the first readiness probe, starts the load: hosts that never use it (tests of other
    /// components) pay nothing.</summary>
    public bool LoadAtStart { get; set; }

    /// <summary>Whether to open the city database for IP locations.</summary>
    public bool LoadGeo { get; set; } = true;
}
