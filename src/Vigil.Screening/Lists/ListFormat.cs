namespace Vigil.Screening.Lists;

/// <summary>File formats Vigil reads. <see cref="ListFormatDetector"/> picks one from the name and content.</summary>
public enum ListFormat
{
    Unknown = 0,

    /// <summary>OFAC sdn.csv / cons_prim.csv: ent_num, name, type, programs, ..., remarks (12 columns, no header).</summary>
    OfacPrimaryCsv,

    /// <summary>OFAC add.csv / cons_add.csv: ent_num, add_num, address, city/state/postal, country, remarks.</summary>
    OfacAddressCsv,

    /// <summary>OFAC alt.csv / cons_alt.csv: ent_num, alt_num, alt_type, alt_name, remarks.</summary>
    OfacAliasCsv,

    /// <summary>OFAC sdn_comments.csv / cons_comments.csv: ent_num, remarks continuation.</summary>
    OfacCommentsCsv,

    /// <summary>OFAC SDN.XML / CONS.XML (sdnList schema).</summary>
    OfacXml,

    /// <summary>UN SC consolidated.xml.</summary>
    UnXml,

    /// <summary>Parsed SDN JSON (<c>{"entries":[{uid,name,type,programs,alternateNames}]}</c>).</summary>
    OfacParsedJson,

    /// <summary>Parsed SDN CSV with header <c>uid,name,type,programs,alternate_names</c>.</summary>
    OfacParsedCsv,

    /// <summary>Plain crypto address list: one address per line (optionally <c>ASSET address</c>), or a JSON array.</summary>
    CryptoList,
}
