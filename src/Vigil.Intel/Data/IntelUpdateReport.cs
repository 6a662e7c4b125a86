namespace Vigil.Intel.Data;

/// <summary>What <c>vigil intel update</c> did, feed by feed.</summary>
public sealed record IntelUpdateReport(string IntelDir, string Origin, IReadOnlyList<FeedResult> Feeds)
{
    public int Succeeded => Feeds.Count(f => f.Ok);

    public int Failed => Feeds.Count(f => !f.Ok);
}
