using Vigil.Screening.Lists;

namespace Vigil.Screening.Matching;

/// <summary>One indexed name of an entry (its tokens and their vocabulary ids), with its joined adjacent tokens for the scorer (computed once, on first use).</summary>
internal sealed record IndexedAlias(int Entry, string Name, string Kind, AliasQuality Quality, NameToken[] Tokens, int[] TokenIds, float WeightSum)
{
    private NameToken[]? _joins;

    /// <summary><see cref="NameScorer.Joins"/> of <see cref="Tokens"/>. A race computes equal arrays twice at worst.</summary>
    public NameToken[] Joins => _joins ??= NameScorer.Joins(Tokens);
}
