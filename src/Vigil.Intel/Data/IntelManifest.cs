namespace Vigil.Intel.Data;

/// <summary>What <c>vigil intel update</c> last stored, per feed id (<c>.vigil/intel/manifest.json</c>).</summary>
public sealed class IntelManifest
{
    public Dictionary<string, IntelManifestEntry> Feeds { get; set; } = [];
}
