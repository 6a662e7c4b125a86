namespace Vigil.Screening.Lists;

/// <summary>
/// How much a list trusts an alias. OFAC marks broad or generic AKAs as "weak" (in the CSV they sit in the remarks
/// in single quotes; in SDN.XML they carry <c>category=weak</c>); the UN marks them "Low". A weak alias alone is
/// not a reason to block, so it scores lower (nomenklatura <c>weak_alias_match</c> 0.8).
/// </summary>
public enum AliasQuality
{
    Strong = 0,
    Weak = 1,
}
