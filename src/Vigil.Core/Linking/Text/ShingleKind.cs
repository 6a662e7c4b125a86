namespace Vigil.Core.Linking.Text;

/// <summary>What a shingle is made of.</summary>
public enum ShingleKind
{
    /// <summary>k consecutive words of the normalized text (robust to re-flowed lines; the default for résumés).</summary>
    Word = 0,

    /// <summary>k consecutive characters of the normalized text, spaces included (better for very short texts).</summary>
    Character = 1,
}
