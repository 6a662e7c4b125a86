using Vigil.Core.Identifiers;
using Vigil.Sharing.KeyedHashing;
using Vigil.Sharing.Policy;
using Vigil.Sharing.Stix;
using Vigil.Sharing.Stix.Markings;
using Vigil.Sharing.Stix.Objects;

namespace Vigil.Sharing.Export;

/// <summary>
/// Turns sharing decisions into STIX 2.1 objects: the producer identity, the TLP markings and Vigil extension
/// definitions used, the DPRK IT-worker intrusion set, and per shared identifier an SCO, an indicator and an
/// <c>indicates</c> relationship. Withheld decisions produce nothing.
/// </summary>
/// <remarks>
/// Ids of SDOs and SROs are UUIDv5 over (producer, pattern), like OpenCTI's deterministic ids: re-exporting the
/// same identifier yields the same indicator id with a later <c>modified</c>, i.e. a new version rather than a
/// duplicate at the receiver. Objects are yielded lazily so an export of any size streams.
/// </remarks>
public static class StixExporter
{
    /// <summary>Namespace of Vigil's deterministic SDO ids (not the STIX SCO namespace).</summary>
    public static readonly Guid VigilNamespace = new("0f5c6a6e-1b0e-4f43-9a53-2d0d7d4b8a11");

    public static string ProducerIdentityId(string producerName) =>
        "identity--" + StixIds.UuidV5(VigilNamespace, "producer|" + producerName).ToString("D");

    /// <summary>The organization identity objects are <c>created_by_ref</c>; its id depends on the name only.</summary>
    public static Identity ProducerIdentity(string producerName, StixTimestamp now) => new()
    {
        SpecVersion = StixConstants.SpecVersion,
        Id = ProducerIdentityId(producerName),
        Created = now,
        Modified = now,
        Name = producerName,
        IdentityClass = "organization",
    };

    public static IEnumerable<StixObject> Export(IEnumerable<SharingDecision> decisions, StixExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(options);
        var now = StixTimestamp.FromDateTimeOffset((options.Time ?? TimeProvider.System).GetUtcNow());
        var producerId = ProducerIdentityId(options.ProducerName);
        yield return ProducerIdentity(options.ProducerName, now);
        yield return VigilStixExtensions.VigilIdentity();
        foreach (var definition in VigilStixExtensions.Definitions())
        {
            yield return definition;
        }
        foreach (var level in Enum.GetValues<TlpLevel>())
        {
            yield return TlpMarkings.Definition(level);
        }
        yield return DprkItWorkerActivity.IntrusionSet();

        foreach (var decision in decisions)
        {
            if (decision.Action == SharingAction.Withhold)
            {
                continue;
            }
            var c = decision.Candidate;
            string pattern;
            StixObject observable;
            string name;
            if (decision.Action == SharingAction.ShareRaw && IdentifierStixMapping.HasRawForm(c.Kind))
            {
                pattern = IdentifierStixMapping.RawPattern(c.Kind, c.CanonicalValue);
                observable = IdentifierStixMapping.ToObservable(c.Kind, c.CanonicalValue);
                name = $"{c.Kind} used by a DPRK IT-worker persona";
            }
            else
            {
                var hash = options.Keyring.Hash(c.Kind, c.CanonicalValue);
                pattern = IdentifierStixMapping.HashedPattern(hash);
                observable = VigilStixExtensions.Declare(new Stix.Observables.KeyedIdentifierObservable
                {
                    IdentifierKind = KeyedIdentifierHasher.KindName(c.Kind),
                    KeyId = hash.KeyId,
                    Canonicalization = hash.Canonicalization,
                    Hash = hash.Hash,
                });
                name = $"Keyed hash of a {KeyedIdentifierHasher.KindName(c.Kind)} used by a DPRK IT-worker persona";
            }
            var marking = new List<string> { TlpMarkings.IdOf(c.Tlp) };
            observable.ObjectMarkingRefs = marking;
            yield return observable;
            var indicatorId = "indicator--" + StixIds.UuidV5(VigilNamespace, producerId + "|" + pattern).ToString("D");
            var validFrom = c.FirstSeen is { } fs ? StixTimestamp.FromDateTimeOffset(fs) : now;
            yield return new Indicator
            {
                SpecVersion = StixConstants.SpecVersion,
                Id = indicatorId,
                CreatedByRef = producerId,
                Created = now,
                Modified = now,
                Name = name,
                IndicatorTypes = ["malicious-activity", "attribution"],
                Pattern = pattern,
                PatternType = "stix",
                PatternVersion = "2.1",
                ValidFrom = validFrom > now ? now : validFrom,
                Confidence = Math.Clamp(c.Confidence, 0, 100),
                Labels = c.IndicatorIds is { Count: > 0 } ids ? [.. ids] : null,
                ObjectMarkingRefs = marking,
            };
            yield return new Relationship
            {
                SpecVersion = StixConstants.SpecVersion,
                Id = "relationship--" + StixIds.UuidV5(VigilNamespace, indicatorId + "|indicates|" + DprkItWorkerActivity.IntrusionSetId).ToString("D"),
                CreatedByRef = producerId,
                Created = now,
                Modified = now,
                RelationshipType = "indicates",
                SourceRef = indicatorId,
                TargetRef = DprkItWorkerActivity.IntrusionSetId,
                ObjectMarkingRefs = marking,
            };
        }
    }

    /// <summary>Shortcut used by tests and previews: canonicalizes, then hashes under the primary key.</summary>
    public static KeyedHash HashFor(CommunityKeyring keyring, IdentifierKind kind, string raw) =>
        keyring.Hash(kind, Canonicalizer.Canonicalize(kind, raw).Value);
}
