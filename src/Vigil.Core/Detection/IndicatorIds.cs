namespace Vigil.Core.Detection;

/// <summary>Indicator ids of <c>shared/docs/indicators.md</c> that Vigil's detectors cite. Ids are the published
/// catalog's; never invent one here.</summary>
public static class IndicatorIds
{
    public const string Net05ConsumerVpn = "NET-05";
    public const string Net06DprkChinaRanges = "NET-06";
    public const string Net07HostingProxy = "NET-07";
    public const string Net09GeoMismatch = "NET-09";
    public const string Wrk01EastAsianHours = "WRK-01";
    public const string Idn04Inconsistency = "IDN-04";
    public const string Prf01SamePhoto = "PRF-01";
    public const string Prf02ContactUnderOtherNames = "PRF-02";
    public const string Prf04TemplateReuse = "PRF-04";
    public const string Gh01BackdatedHistory = "GH-01";
    public const string Gh04FollowerRing = "GH-04";
    public const string Com02SharedContact = "COM-02";
    public const string Com03Voip = "COM-03";
    public const string Com06BulkWebmail = "COM-06";
    public const string Shp04SharedShipTo = "SHP-04";
    public const string Pay05SharedPayout = "PAY-05";
    public const string Pay10SanctionedWallet = "PAY-10";
    public const string Frl02ReviewBurst = "FRL-02";
    public const string Frl03DocumentTemplates = "FRL-03";
    public const string Netw02ManyPersonas = "NETW-02";
    public const string San01Sanctions = "SAN-01";
    public const string San03CommunityList = "SAN-03";
}
