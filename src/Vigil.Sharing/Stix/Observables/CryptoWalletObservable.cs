namespace Vigil.Sharing.Stix.Observables;

/// <summary>Vigil custom SCO <c>x-vigil-crypto-wallet</c>: a blockchain address; id from <c>chain</c> and <c>address</c>.</summary>
public sealed class CryptoWalletObservable : StixObservable
{
    public CryptoWalletObservable()
        : base(StixTypes.CryptoWallet)
    {
    }

    /// <summary>eth, btc, trx, sol... as Vigil.Core names the chain.</summary>
    public string? Chain { get; set; }

    public string Address { get; set; } = "";

    protected override IEnumerable<KeyValuePair<string, object?>> IdContributingProperties() => [P("chain", Chain), P("address", Address)];
}
