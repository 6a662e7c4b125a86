namespace Vigil.Storage.Sharing;

/// <summary>
/// The sharing tables (TAXII collections, objects, statuses; sharing marks; received indicators and sightings) are
/// part of the EF model and its migrations; this only makes sure the database is migrated before sharing code runs.
/// </summary>
public static class SharingSchema
{
    public static async Task EnsureAsync(VigilDatabase database, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        await database.MigrateAsync(cancellationToken);
    }
}
