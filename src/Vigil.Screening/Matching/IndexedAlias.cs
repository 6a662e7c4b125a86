using Vigil.Screening.Lists;

namespace Vigil.Screening.Matching;

/// <summary>One indexed name of an entry.</summary>
internal sealed record IndexedAlias(int Entry, string Name, string Kind, AliasQuality Quality, NameToken[] Tokens, float WeightSum);
