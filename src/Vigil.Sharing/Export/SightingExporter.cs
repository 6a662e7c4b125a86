using Vigil.Sharing.Stix;
using Vigil.Sharing.Stix.Markings;
using Vigil.Sharing.Stix.Objects;

namespace Vigil.Sharing.Export;

/// <summary>
/// Turns "our subjects matched a partner's indicator" into STIX sightings for the publisher: the observer identity,
/// the TLP:AMBER marking and one <c>sighting</c> per indicator with <c>sighting_of_ref</c> and <c>count</c> only.
/// No observed-data, no values, no subject data, no <c>where_sighted_refs</c> beyond the creator.
/// </summary>
/// <remarks>
/// The sighting id is UUIDv5 over (observer, indicator), so re-publishing is a new version of the same sighting
/// with the current count (the publisher keeps the latest), not an extra sighting that would be counted twice.
/// </remarks>
public static class SightingExporter
{
    public static string SightingId(string observerIdentityId, string indicatorId) =>
        "sighting--" + StixIds.UuidV5(StixExporter.VigilNamespace, observerIdentityId + "|sighting|" + indicatorId).ToString("D");

    /// <param name="observerName">The sighting organization's name as partners know it.</param>
    /// <param name="sightings">Per partner indicator: how many of the organization's subjects hold it, and when the
    /// indicator was first received (the sighting's <c>created</c>, constant across versions).</param>
    public static IEnumerable<StixObject> Export(string observerName, IEnumerable<(string IndicatorId, int Count, DateTimeOffset FirstReceived)> sightings, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(observerName);
        ArgumentNullException.ThrowIfNull(sightings);
        var now = StixTimestamp.FromDateTimeOffset((time ?? TimeProvider.System).GetUtcNow());
        var observerId = StixExporter.ProducerIdentityId(observerName);
        yield return StixExporter.ProducerIdentity(observerName, now);
        yield return TlpMarkings.Definition(TlpLevel.Amber);
        foreach (var (indicatorId, count, firstReceived) in sightings)
        {
            var created = StixTimestamp.FromDateTimeOffset(firstReceived);
            yield return new Sighting
            {
                SpecVersion = StixConstants.SpecVersion,
                Id = SightingId(observerId, indicatorId),
                CreatedByRef = observerId,
                Created = created > now ? now : created,
                Modified = now,
                SightingOfRef = indicatorId,
                Count = Math.Clamp(count, 0, 999_999_999),
                Summary = true,
                ObjectMarkingRefs = [TlpMarkings.AmberId],
            };
        }
    }
}
