namespace Vigil.Screening.Lists;

/// <summary>Stable short names of the lists Vigil reads. They prefix entry ids (<c>ofac-sdn:12211</c>).</summary>
public static class ListSource
{
    /// <summary>OFAC Specially Designated Nationals list (CSV set, SDN.XML, or parsed SDN JSON/CSV).</summary>
    public const string OfacSdn = "ofac-sdn";

    /// <summary>OFAC Consolidated (non-SDN) list: cons_prim/add/alt/comments.csv.</summary>
    public const string OfacConsolidated = "ofac-cons";

    /// <summary>UN Security Council consolidated list XML.</summary>
    public const string UnSc = "un-sc";

    /// <summary>Plain lists of sanctioned crypto addresses (one per line, or a JSON array).</summary>
    public const string CryptoAddresses = "crypto";
}
