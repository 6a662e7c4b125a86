using Vigil.Screening.Applicants;
using Vigil.Storage;

namespace Vigil.Server.Application.Sanctions;

/// <summary>Builds the applicant detectors' sanctions screen for one organization from the stored lists and the
/// organization's suppressions. Null when no lists are stored: the sanctions detector then reports nothing (Vigil
/// never invents list data).</summary>
public static class SanctionsScreens
{
    public static async Task<WatchlistSanctionsScreen?> ForOrganizationAsync(VigilDatabase database, Guid orgId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        var current = await new SanctionsListStore(database).CurrentIndexAsync(cancellationToken);
        if (current is not { } loaded)
        {
            return null;
        }
        await using var db = database.CreateContext(orgId);
        var suppressions = await SuppressionService.LoadSetAsync(db, cancellationToken);
        return new WatchlistSanctionsScreen(loaded.Index, suppressions, entryHashes: loaded.Hashes);
    }
}
