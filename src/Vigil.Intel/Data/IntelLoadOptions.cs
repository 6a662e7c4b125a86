namespace Vigil.Intel.Data;

/// <summary>Where <see cref="IntelLoader"/> reads from and what it skips.</summary>
public sealed record IntelLoadOptions
{
    /// <summary>npm data packages folder; null = <see cref="IntelPaths.FindDataPackages"/>.</summary>
    public string? DataPackagesDir { get; init; }

    /// <summary>Range-list folder; null = <see cref="IntelPaths.DefaultIntelDir"/>.</summary>
    public string? IntelDir { get; init; }

    /// <summary>Load the ASN CSVs (~70 MB of text, the slowest part of loading). Default true.</summary>
    public bool LoadAsn { get; init; } = true;

    /// <summary>Open the city databases (memory-mapped; cheap). Default true.</summary>
    public bool LoadGeo { get; init; } = true;
}
