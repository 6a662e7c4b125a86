namespace Vigil.Server.Contracts;

/// <summary>The overview's health panels: sanctions list freshness, ingest health per log source, subject imports and
/// what was exchanged with sharing partners.</summary>
public sealed record DashboardStatusResponse(IReadOnlyList<ListFreshness> Lists, string ListsOrigin, IReadOnlyList<IngestSourceHealth> Ingest,
    ImportHealth Imports, SharingExchange Sharing);
