using Vigil.Core.Identifiers;
using Vigil.Core.Reference;
using Vigil.Sharing.Stix;
using Vigil.Sharing.Stix.Objects;
using Vigil.Sharing.Stix.Patterns;

namespace Vigil.Sharing.Export;

/// <summary>
/// Reads community indicators out of STIX indicators: each observation of the pattern that tests identifier
/// properties for equality becomes one <see cref="CommunityIndicator"/>. Raw values are re-canonicalized with
/// Vigil.Core (partner input is untrusted); keyed hashes are kept as sent. Revoked indicators and patterns Vigil
/// cannot use (ranges, regexes, non-STIX pattern types) are counted as skipped, never guessed at.
/// </summary>
public sealed class StixIndicatorImporter
{
    private readonly Dictionary<string, string> _identityNames = new(StringComparer.Ordinal);

    /// <summary>Fallback source name when an indicator has no resolvable <c>created_by_ref</c>.</summary>
    public string DefaultSource { get; init; } = "stix";

    public int Skipped { get; private set; }

    /// <summary>Feeds every object in order; identities are remembered to name sources, indicators yield results.</summary>
    public IEnumerable<CommunityIndicator> Accept(StixObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        if (obj is Identity { Name: { } name } identity)
        {
            _identityNames[identity.Id] = name;
            return [];
        }
        if (obj is not Indicator indicator)
        {
            return [];
        }
        var results = Extract(indicator);
        if (results.Count == 0)
        {
            Skipped++;
        }
        return results;
    }

    private List<CommunityIndicator> Extract(Indicator indicator)
    {
        var list = new List<CommunityIndicator>();
        if (indicator.Revoked == true || !string.Equals(indicator.PatternType, "stix", StringComparison.Ordinal))
        {
            return list;
        }
        var parsed = StixPatternParser.Parse(indicator.Pattern);
        if (!parsed.Success)
        {
            return list;
        }
        var source = indicator.CreatedByRef is { } by ? _identityNames.GetValueOrDefault(by, by) : DefaultSource;
        foreach (var observation in Observations(parsed.Expression!))
        {
            var eq = new Dictionary<string, string>(StringComparer.Ordinal);
            string? type = null;
            if (!CollectEqualities(observation.Comparison, eq, ref type) || type is null)
            {
                continue;
            }
            var mapped = IdentifierStixMapping.FromEqualities(type, eq);
            if (mapped is not { } m)
            {
                continue;
            }
            var value = m.Value is null ? null : Canonicalizer.Canonicalize(m.Kind, m.Value).Value;
            list.Add(new CommunityIndicator(m.Kind, value, m.Hash?.Hash, source, indicator.Confidence ?? 50, indicator.ValidFrom?.Value)
            {
                KeyId = m.Hash?.KeyId,
                StixIndicatorId = indicator.Id,
            });
        }
        return list;
    }

    private static IEnumerable<Observation> Observations(PatternExpression e)
    {
        switch (e)
        {
            case Observation o:
                yield return o;
                break;
            case ObservationCompound { Operator: "OR" } c:
                foreach (var o in Observations(c.Left))
                {
                    yield return o;
                }
                foreach (var o in Observations(c.Right))
                {
                    yield return o;
                }
                break;
        }
    }

    /// <summary>True when the comparison is only <c>=</c> tests joined by AND on simple properties of one type.</summary>
    private static bool CollectEqualities(PatternExpression e, Dictionary<string, string> eq, ref string? type)
    {
        switch (e)
        {
            case ComparisonTest { Operator: "=", Negated: false, Value.Kind: PatternLiteralKind.String } t when t.Path.Components.Count == 1:
                type ??= t.Path.ObjectType;
                eq[t.Path.Components[0]] = t.Value!.Text;
                return true;
            case ComparisonCompound { Operator: "AND" } c:
                return CollectEqualities(c.Left, eq, ref type) && CollectEqualities(c.Right, eq, ref type);
            default:
                return false;
        }
    }
}
