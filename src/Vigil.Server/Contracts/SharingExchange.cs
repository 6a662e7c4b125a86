namespace Vigil.Server.Contracts;

/// <summary>What this organization exchanged: the TAXII collections it publishes (objects, pushes received from
/// partners), the partners configured on its TAXII server and the community intelligence it received per source.</summary>
public sealed record SharingExchange(IReadOnlyList<SharedCollection> Collections, IReadOnlyList<SharingPartner> Partners,
    IReadOnlyList<ReceivedIntel> Received);
