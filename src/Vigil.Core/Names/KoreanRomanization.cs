namespace Vigil.Core.Names;

/// <summary>Romanization systems for Hangul.</summary>
public enum KoreanRomanization
{
    /// <summary>Revised Romanization (South Korea, 2000): Gim Jeong-eun.</summary>
    Revised = 0,

    /// <summary>McCune-Reischauer without breves or apostrophes, in the DPRK style sanctions lists use
    /// (ㅈ as j, ㄱ/ㄷ/ㅂ as k/t/p, ㅓ/ㅡ as o/u): Kim Jong Un, Ri Tong Hyok.</summary>
    McCuneReischauer = 1,
}
