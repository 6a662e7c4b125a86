namespace Vigil.Ingest.Synthetic;

/// <summary>
/// Crypto addresses from the OFAC SDN list, written here as constants so generation never reads ../shared.
/// </summary>
/// <remarks>
/// SDN entry 43377, "KIM, Sang Man" (program DPRK4; Chinyong Information Technology Cooperation Company, designated
/// 23 May 2023, https://home.treasury.gov/news/press-releases/jy1498): "Digital Currency Address - ETH
/// 0x97b1043abd9e6fc31681635166d430a458d14f9c; alt. Digital Currency Address - ETH
/// 0xb6f5ec1a0a9cd1526536d3f0426c429529471f40; Digital Currency Address - XBT 1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ".
/// indicators.md §4 names the Chinyong representative "Kim Sang Nam"; the SDN entry spells him Kim Sang Man.
/// </remarks>
internal static class SanctionedWallets
{
    public static readonly (string Chain, string Address)[] Dprk =
    [
        ("eth", "0x97b1043abd9e6fc31681635166d430a458d14f9c"),
        ("eth", "0xb6f5ec1a0a9cd1526536d3f0426c429529471f40"),
        ("btc", "1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ"),
    ];
}
