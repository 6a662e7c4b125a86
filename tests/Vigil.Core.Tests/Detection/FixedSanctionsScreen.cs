using Vigil.Core.Detection;

namespace Vigil.Core.Tests.Detection;

/// <summary>A sanctions screen answering with fixed matches.</summary>
internal sealed class FixedSanctionsScreen(params SanctionsMatch[] matches) : ISanctionsScreen
{
    public List<SanctionsQuery> Queries { get; } = [];

    public IReadOnlyList<SanctionsMatch> Screen(SanctionsQuery query)
    {
        lock (Queries)
        {
            Queries.Add(query);
        }
        return matches;
    }
}
