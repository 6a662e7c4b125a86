namespace Vigil.Core.Linking;

/// <summary>Why two subjects are linked in the <see cref="IdentityGraph"/>.</summary>
public enum LinkKind
{
    /// <summary>They share a canonical identifier (phone, payout account...).</summary>
    SharedIdentifier = 1,

    /// <summary>Their résumés or cover letters are near-identical (PRF-04).</summary>
    NearDuplicateDocument = 2,

    /// <summary>Their photos are perceptually the same (PRF-01).</summary>
    SimilarPhoto = 3,
}
