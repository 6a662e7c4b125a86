namespace Vigil.Core.Detection.Payroll;

/// <summary>Weights and lists of the payout-destination detectors (PAY-01, PAY-02, PAY-03).</summary>
public sealed record PayoutDestinationOptions
{
    /// <summary>Salary to a crypto wallet or exchange (PAY-01, M-H). Default 35.</summary>
    public double CryptoWeight { get; init; } = 35;

    /// <summary>Salary to Payoneer, Wise and similar (PAY-03, L-M: common legitimately). Default 10.</summary>
    public double PaymentServiceWeight { get; init; } = 10;

    /// <summary>Salary to a bank outside the claimed country (PAY-02). Default 25.</summary>
    public double ForeignBankWeight { get; init; } = 25;

    /// <summary>Salary to a bank in one of <see cref="HighRiskBankCountries"/> (PAY-02, H). Default 45.</summary>
    public double HighRiskBankWeight { get; init; } = 45;

    /// <summary>Bank countries PAY-02 names (PRC-based accounts) and the DPRK's neighbours. Default CN, HK, KP, RU.</summary>
    public IReadOnlyList<string> HighRiskBankCountries { get; init; } = ["CN", "HK", "KP", "RU"];

    /// <summary>Provider names (case-insensitive substrings) that are payment services.</summary>
    public IReadOnlyList<string> PaymentServices { get; init; } =
        ["payoneer", "wise", "transferwise", "paypal", "revolut", "skrill", "airwallex", "pingpong", "lianlian", "alipay", "wechat"];

    /// <summary>Provider names (case-insensitive substrings) that are crypto rails.</summary>
    public IReadOnlyList<string> CryptoProviders { get; init; } =
        ["usdt", "usdc", "tether", "bitcoin", "btc", "eth", "ethereum", "tron", "trc20", "erc20", "binance", "okx", "huobi", "htx", "kucoin", "bybit", "crypto", "wallet"];
}
