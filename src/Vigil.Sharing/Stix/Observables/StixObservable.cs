namespace Vigil.Sharing.Stix.Observables;

/// <summary>
/// A STIX Cyber-observable Object (§6) that Vigil types. Its id is deterministic (§2.9): the same value seen by two
/// organizations has the same id, which is what makes cross-organization matching of SCOs possible.
/// </summary>
public abstract class StixObservable : StixObject
{
    protected StixObservable(string type)
        : base(type)
    {
    }

    /// <summary>The id-contributing properties of the type, in the spec's (or Vigil's extension's) list.</summary>
    protected abstract IEnumerable<KeyValuePair<string, object?>> IdContributingProperties();

    /// <summary>The UUIDv5 id for the current property values.</summary>
    public string ComputeId() => StixIds.Deterministic(Type, IdContributingProperties());

    /// <summary>Sets <see cref="StixObject.Id"/> from the contributing properties and marks spec version 2.1.</summary>
    public StixObservable WithDeterministicId()
    {
        SpecVersion ??= StixConstants.SpecVersion;
        Id = ComputeId();
        return this;
    }

    protected static KeyValuePair<string, object?> P(string name, object? value) => new(name, value);
}
