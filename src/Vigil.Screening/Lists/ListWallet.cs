namespace Vigil.Screening.Lists;

/// <summary>A designated digital currency address, e.g. OFAC "Digital Currency Address - XBT".</summary>
/// <param name="Currency">The list's asset code (XBT, ETH, USDT...), upper case; empty when unknown.</param>
/// <param name="Address">The address as written (base58 is case-sensitive, so case is kept).</param>
public sealed record ListWallet(string Currency, string Address);
