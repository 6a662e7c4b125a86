namespace Vigil.Ingest.Applicants;

/// <summary>A crypto wallet: chain (<c>eth</c>, <c>btc</c>, <c>trx</c>, <c>sol</c>..., lower case) and address as written.</summary>
public sealed record WalletRef(string Chain, string Address);
