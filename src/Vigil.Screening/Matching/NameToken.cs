using Vigil.Core.Names;

namespace Vigil.Screening.Matching;

/// <summary>A normalized name token with what scoring needs precomputed: its Korean romanization key (null when
/// the token does not read as Korean syllables) and its rarity weight over the indexed lists.</summary>
public readonly record struct NameToken(string Text, string? KoreanKey, float Weight)
{
    /// <summary>Weight of a token the lists do not contain: rare, so it counts nearly fully.</summary>
    public const float UnknownWeight = 0.9f;

    public static NameToken Create(string text, float weight) =>
        new(text, KoreanNameKey.TryKey(text), weight);
}
