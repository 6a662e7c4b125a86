using Vigil.Core.Identifiers;
using Vigil.Core.Reference;

namespace Vigil.Core.Detection;

/// <summary>Identifiers reported by others (loaded indicator lists, TAXII peers, MISP feeds): SAN-03.</summary>
public interface ICommunityIntel
{
    /// <summary>The indicators naming this canonical identifier; empty when none.</summary>
    IReadOnlyList<CommunityIndicator> Match(Identifier identifier);
}
